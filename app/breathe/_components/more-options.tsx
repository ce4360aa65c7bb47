import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import type { BreathingProtocol } from '@/lib/session/protocol/record';
import { setupLimits } from '@/lib/session/protocol/limits';
import { applyProtocolValues } from '@/lib/session/protocol/protocol';
import type { SetupPreferences } from '@/lib/session/runner/setup-preferences';
import styles from './setup.module.css';

const noSubscription = () => () => undefined;
const patternFields = ['inhaleS', 'holdInS', 'exhaleS', 'holdOutS'] as const;

interface Props {
  setup: SetupPreferences;
  onChange: (setup: SetupPreferences) => void;
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** The seconds of each breath and the cues: there when wanted, out of the way when not. */
export function MoreOptions({ setup, onChange, open, onToggle }: Props) {
  const t = useTranslations('session.setup');
  const tp = useTranslations('practice.setup');
  const canSpeak = useSyncExternalStore(
    noSubscription,
    () => 'speechSynthesis' in window,
    () => false,
  );
  const canVibrate = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.vibrate === 'function',
    () => false,
  );
  const { protocol, cues } = setup;
  const setProtocol = (values: Partial<BreathingProtocol>) => onChange({ ...setup, protocol: applyProtocolValues(protocol, values) });
  if (protocol.practice) {
    // A practice has no breath seconds or pacer tones: only its words, on screen and, if chosen, spoken.
    return (
      <details className={styles.more} open={open} onToggle={(event) => onToggle(event.currentTarget.open)} data-testid="more-options">
        <summary>{tp('moreOptions')}</summary>
        <fieldset className={styles.group}>
          <legend>{t('cues')}</legend>
          {canSpeak ? (
            <>
              <label className="choice">
                <input type="checkbox" checked={cues.speech} onChange={(e) => onChange({ ...setup, cues: { ...cues, speech: e.target.checked } })} data-testid="cue-speech" />
                <span>{tp('speech')}</span>
              </label>
              <p className="hint">{tp('speechHint')}</p>
            </>
          ) : (
            <p className="hint">{tp('speechUnavailable')}</p>
          )}
        </fieldset>
      </details>
    );
  }
  return (
    <details className={styles.more} open={open} onToggle={(event) => onToggle(event.currentTarget.open)} data-testid="more-options">
      <summary>{t('moreOptions')}</summary>
      <fieldset className={styles.group}>
        <legend>{t('breathSeconds')}</legend>
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
      </fieldset>
      <fieldset className={styles.group}>
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
    </details>
  );
}
