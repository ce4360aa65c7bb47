import { useTranslations } from 'next-intl';
import type { BreathingProtocol } from '@/lib/session/protocol/record';
import { setupLimits } from '@/lib/session/protocol/limits';
import styles from './session.module.css';

const phaseFields = ['baselineS', 'breathingS', 'recoveryS'] as const;

/** Phase lengths in minutes (seconds kept exactly underneath, so a 20-s test protocol stays 20 s). */
export function DurationFields({ protocol, onChange }: { protocol: BreathingProtocol; onChange: (values: Partial<BreathingProtocol>) => void }) {
  const t = useTranslations('session.setup');
  return (
    <fieldset className="choice-group">
      <legend>{t('durations')}</legend>
      <div className={styles.fieldGrid}>
        {phaseFields.map((field) => (
          <label key={field}>
            {t(`fields.${field}`)}
            <input
              type="number"
              inputMode="decimal"
              min={setupLimits(field).min / 60}
              max={setupLimits(field).max / 60}
              step="any"
              value={Math.round((protocol[field] / 60) * 100) / 100}
              data-testid={`protocol-${field}`}
              data-seconds={protocol[field]}
              onChange={(event) => {
                const seconds = Math.round(Number(event.target.value) * 60);
                const { min, max } = setupLimits(field);
                if (event.target.value !== '' && seconds >= min && seconds <= max) onChange({ [field]: seconds });
              }}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
