import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { PHASE_QUALITY } from '@/lib/hrv';
import { formatMinSec, parseMinSec } from '@/lib/session/protocol/duration-text';
import type { BreathingProtocol } from '@/lib/session/protocol/record';
import { setupLimits } from '@/lib/session/protocol/limits';
import styles from './setup.module.css';

const phaseFields = ['baselineS', 'breathingS', 'recoveryS'] as const;
type PhaseField = (typeof phaseFields)[number];

/** Phase lengths as m:ss; whole seconds underneath, so a 20-s test protocol stays 20 s. */
export function DurationFields({ protocol, onChange, breathingLabel }: { protocol: BreathingProtocol; onChange: (values: Partial<BreathingProtocol>) => void; breathingLabel?: string }) {
  const t = useTranslations('session.setup');
  // A rest this short cannot give a trustworthy RMSSD: said now, as the person's choice, not later as a fault.
  const shortRest = protocol.baselineS < PHASE_QUALITY.minAnalysedS || protocol.recoveryS < PHASE_QUALITY.minAnalysedS;
  return (
    <fieldset className={styles.group}>
      <legend>{t('durations')}</legend>
      <div className={styles.durations}>
        {phaseFields.map((field) => (
          <DurationInput key={field} field={field} label={field === 'breathingS' ? breathingLabel : undefined} seconds={protocol[field]} onChange={(s) => onChange({ [field]: s })} />
        ))}
      </div>
      {shortRest ? (
        <p className={styles.warning} data-testid="short-rest-warning">
          {t('shortRest', { min: formatMinSec(PHASE_QUALITY.minAnalysedS) })}
        </p>
      ) : null}
    </fieldset>
  );
}

function DurationInput({ field, label, seconds, onChange }: { field: PhaseField; label?: string; seconds: number; onChange: (seconds: number) => void }) {
  const t = useTranslations('session.setup');
  // What the person is typing, while they type; otherwise the stored seconds are shown as m:ss.
  const [draft, setDraft] = useState<string | null>(null);
  const { min, max } = setupLimits(field);
  const parsed = draft === null ? seconds : parseMinSec(draft);
  const invalid = parsed === null || parsed < min || parsed > max;
  const errorId = `duration-${field}-error`;
  return (
    <label className={styles.duration}>
      <span>{label ?? t(`fields.${field}`)}</span>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={draft ?? formatMinSec(seconds)}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        data-testid={`protocol-${field}`}
        data-seconds={seconds}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = parseMinSec(event.target.value);
          if (next !== null && next >= min && next <= max) onChange(next);
        }}
        onBlur={() => setDraft(null)}
      />
      {invalid ? (
        <span id={errorId} className={styles.fieldError}>
          {t('durationInvalid', { min: formatMinSec(min), max: formatMinSec(max) })}
        </span>
      ) : null}
    </label>
  );
}
