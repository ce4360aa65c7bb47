import { useFormatter, useTranslations } from 'next-intl';
import { useId, useSyncExternalStore } from 'react';
import { presetIds, type BreathingProtocol, type PresetId } from '@/lib/session/protocol/record';
import { setupLimits } from '@/lib/session/protocol/limits';
import { applyProtocolValues, breathsPerMinute, protocolPresets, type ProtocolQueryKey } from '@/lib/session/protocol/protocol';
import type { SetupPreferences } from '@/lib/session/runner/setup-preferences';
import { DurationFields } from './duration-fields';
import styles from './session.module.css';
import { MorningReadingLink } from '@/app/trends/morning-reading/_components/morning-reading-link';

interface Props {
  setup: SetupPreferences;
  onChange: (setup: SetupPreferences) => void;
  invalidQueryKeys: readonly ProtocolQueryKey[];
  canStart: boolean;
  onStart: () => void;
}

const noSubscription = () => () => undefined;
const patternFields = ['inhaleS', 'holdInS', 'exhaleS', 'holdOutS'] as const;

export function SessionSetup({ setup, onChange, invalidQueryKeys, canStart, onStart }: Props) {
  const t = useTranslations('session.setup');
  const format = useFormatter();
  const id = useId();
  const canVibrate = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.vibrate === 'function',
    () => false,
  );
  const { protocol, cues } = setup;
  const setProtocol = (values: Partial<BreathingProtocol>) => onChange({ ...setup, protocol: applyProtocolValues(protocol, values) });
  const choosePreset = (preset: PresetId) => {
    if (preset === 'custom') onChange({ ...setup, protocol: { ...protocol, preset } });
    else setProtocol(protocolPresets[preset]);
  };
  const bpm = format.number(breathsPerMinute(protocol), { maximumFractionDigits: 1 });

  return (
    <section className="card" aria-labelledby="setup-heading" data-testid="session-setup">
      <h2 id="setup-heading">{t('heading')}</h2>
      {invalidQueryKeys.length > 0 ? (
        <p className="notice" role="status" data-testid="protocol-notice">
          {t('invalidQuery', { keys: invalidQueryKeys.join(', ') })}
        </p>
      ) : null}
      <fieldset className="choice-group">
        <legend>{t('rhythm')}</legend>
        {presetIds.map((preset) => (
          <label key={preset} className="choice">
            <input type="radio" name={`${id}-preset`} value={preset} checked={protocol.preset === preset} onChange={() => choosePreset(preset)} data-testid={`preset-${preset}`} />
            <span>
              <strong>{t(`presets.${preset}.name`)}</strong>
              <span className="hint">{t(`presets.${preset}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className={styles.fieldGrid}>
        {patternFields.map((field) => (
          <label key={field}>
            {t(`fields.${field}`)}
            <input
              type="number"
              inputMode="decimal"
              min={setupLimits(field).min}
              max={setupLimits(field).max}
              step={0.1}
              value={protocol[field]}
              data-testid={`protocol-${field}`}
              onChange={(event) => {
                const value = Number(event.target.value);
                const { min, max } = setupLimits(field);
                if (event.target.value !== '' && value >= min && value <= max) setProtocol({ [field]: value });
              }}
            />
          </label>
        ))}
      </div>
      <p className={styles.bpm} data-testid="breaths-per-minute">
        {t('breathsPerMinute', { bpm })}
      </p>
      <DurationFields protocol={protocol} onChange={setProtocol} />
      <fieldset className="choice-group">
        <legend>{t('cues')}</legend>
        <p className="hint">{t('visualAlways')}</p>
        <label className="choice">
          <input type="checkbox" checked={cues.tones} onChange={(e) => onChange({ ...setup, cues: { ...cues, tones: e.target.checked } })} data-testid="cue-tones" />
          <span>{t('tones')}</span>
        </label>
        <label className={styles.volume}>
          {t('volume')}
          <input
            type="range"
            min={0}
            max={100}
            value={Math.round(cues.volume * 100)}
            disabled={!cues.tones}
            onChange={(e) => onChange({ ...setup, cues: { ...cues, volume: Number(e.target.value) / 100 } })}
            data-testid="cue-volume"
          />
        </label>
        {canVibrate ? (
          <label className="choice">
            <input type="checkbox" checked={cues.vibration} onChange={(e) => onChange({ ...setup, cues: { ...cues, vibration: e.target.checked } })} data-testid="cue-vibration" />
            <span>{t('vibration')}</span>
          </label>
        ) : null}
      </fieldset>
      <div className="actions">
        <button type="button" className="button button-primary" data-testid="start-session" onClick={onStart} disabled={!canStart}>
          {t('start')}
        </button>
      </div>
      {canStart ? null : <p className="hint">{t('needsStrap')}</p>}
      <MorningReadingLink />
    </section>
  );
}
