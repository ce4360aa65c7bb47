import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState, type ReactNode } from 'react';
import { presetIds, type BreathingProtocol, type PresetId } from '@/lib/session/protocol/record';
import { formatMinSec } from '@/lib/session/protocol/duration-text';
import { applyProtocolValues, breathsPerMinute, choosePractice, protocolPresets, withoutPractice, type BreatheQueryKey } from '@/lib/session/protocol/protocol';
import type { SetupPreferences } from '@/lib/session/runner/setup-preferences';
import { MorningReadingLink } from '@/app/trends/morning-reading/_components/morning-reading-link';
import { ResonanceLink } from '@/app/resonance/_components/resonance-link';
import { resonancePattern } from '@/lib/session/protocol/resonance';
import { DurationFields } from './duration-fields';
import { MoreOptions } from './more-options';
import { KindSwitch, PracticeTiles, type SessionChoice } from './practice-choice';
import { PracticePlan } from './practice-plan';
import styles from './setup.module.css';

interface Props {
  setup: SetupPreferences;
  onChange: (setup: SetupPreferences) => void;
  invalidQueryKeys: readonly BreatheQueryKey[];
  canStart: boolean;
  /** Why Start waits, when it does: no strap yet, or an interrupted session to deal with first. */
  waitingFor: 'strap' | 'interrupted' | null;
  onStart: () => void;
  /** Choices that belong to this person's situation (sharing live), just above Start. */
  children?: ReactNode;
  /** The person's own rate from a resonance assessment (breaths a minute), offered as a preset. */
  ownRateBpm?: number | null;
}

/** Rhythm, lengths and Start on one screen; the seconds of each breath and the cues are folded away. */
export function SessionSetup({ setup, onChange, invalidQueryKeys, canStart, waitingFor, onStart, children, ownRateBpm = null }: Props) {
  const t = useTranslations('session.setup');
  const tp = useTranslations('practice');
  const tr = useTranslations('resonance');
  const format = useFormatter();
  const id = useId();
  const { protocol } = setup;
  // "Your own" needs its seconds: the options open with it.
  const [moreOpen, setMoreOpen] = useState(protocol.preset === 'custom');
  const setProtocol = (values: Partial<BreathingProtocol>) => onChange({ ...setup, protocol: applyProtocolValues(protocol, values) });
  const choosePreset = (preset: PresetId) => {
    if (preset === 'custom') {
      onChange({ ...setup, protocol: { ...protocol, preset } });
      setMoreOpen(true);
    } else setProtocol(protocolPresets[preset]);
  };
  const { practice } = protocol;
  const chooseKind = (kind: SessionChoice) => {
    if (kind === 'breathing') onChange({ ...setup, protocol: withoutPractice(protocol) });
    else if (!practice) onChange({ ...setup, protocol: choosePractice(protocol, 'pmr-short') });
  };
  const own = ownRateBpm !== null ? resonancePattern(ownRateBpm) : null;
  // The own rhythm may equal a named preset (6.0 a minute is the rest rhythm): then its own tile shows as chosen.
  const isOwn = own !== null && (['inhaleS', 'holdInS', 'exhaleS', 'holdOutS'] as const).every((k) => protocol[k] === own[k]);
  const bpm = format.number(breathsPerMinute(protocol), { maximumFractionDigits: 1 });
  const totalS = protocol.baselineS + protocol.breathingS + protocol.recoveryS;

  return (
    <section className={`card ${styles.setupCard}`} aria-labelledby="setup-heading" data-testid="session-setup">
      <div className={styles.headRow}>
        <h2 id="setup-heading">{t('heading')}</h2>
        <KindSwitch name={id} value={practice ? 'deep-rest' : 'breathing'} onChange={chooseKind} />
      </div>
      {invalidQueryKeys.length > 0 ? (
        <p className="notice" role="status" data-testid="protocol-notice">
          {t('invalidQuery', { keys: invalidQueryKeys.join(', ') })}
        </p>
      ) : null}
      {practice ? (
        <PracticeTiles name={id} value={practice} onChange={(next) => onChange({ ...setup, protocol: choosePractice(protocol, next) })} />
      ) : (
      <fieldset className={styles.group}>
        <legend>{t('rhythm')}</legend>
        <div className={styles.tiles}>
          {presetIds.map((preset) =>
            // A measured rate of one's own takes the place of the general resonance estimate (≈ 5.5 a minute).
            own !== null && ownRateBpm !== null && preset === 'resonance' ? (
              <label key="own" className={styles.tile}>
                <input type="radio" name={`${id}-preset`} value="own" checked={isOwn} onChange={() => setProtocol(own)} data-testid="preset-own" />
                <span className={styles.tileName}>{tr('preset.name')}</span>
                <span className={styles.tileHint}>{tr('preset.hint', { rate: format.number(ownRateBpm, { maximumFractionDigits: 1 }) })}</span>
                <span className={styles.tileCheck} aria-hidden="true" />
              </label>
            ) : (
              <label key={preset} className={styles.tile}>
                <input type="radio" name={`${id}-preset`} value={preset} checked={protocol.preset === preset && !isOwn} onChange={() => choosePreset(preset)} data-testid={`preset-${preset}`} />
                <span className={styles.tileName}>{t(`presets.${preset}.name`)}</span>
                <span className={styles.tileHint}>{t(`presets.${preset}.hint`)}</span>
                <span className={styles.tileCheck} aria-hidden="true" />
              </label>
            ),
          )}
        </div>
      </fieldset>
      )}
      <DurationFields protocol={protocol} onChange={setProtocol} breathingLabel={practice ? tp('setup.lengthField') : undefined} />
      {practice ? (
        <PracticePlan protocol={{ ...protocol, practice }} totalS={totalS} />
      ) : (
        <p className={styles.plan} data-testid="breaths-per-minute">
          {t('plan', { bpm, total: formatMinSec(totalS) })}
        </p>
      )}
      <MoreOptions setup={setup} onChange={onChange} open={moreOpen} onToggle={setMoreOpen} />
      {children}
      <div className={styles.startRow}>
        <button
          type="button"
          id="start-session"
          className={canStart ? 'button button-primary' : 'button'}
          data-testid="start-session"
          onClick={onStart}
          disabled={!canStart}
          aria-describedby={waitingFor ? 'start-waiting' : undefined}
        >
          {t('start')}
        </button>
        {waitingFor ? (
          <p className="hint" id="start-waiting" data-testid="start-waiting">
            {t(waitingFor === 'strap' ? 'needsStrap' : 'needsInterrupted')}
          </p>
        ) : null}
      </div>
      <MorningReadingLink />
      <ResonanceLink />
    </section>
  );
}
