import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { checkInKeys, type CheckIn } from '@/lib/session/protocol/record';
import styles from './check-in.module.css';

const scale = [1, 2, 3, 4, 5] as const;

interface Props {
  initial: CheckIn | null;
  onSave: (checkIn: CheckIn) => Promise<void>;
  /** 'saved' once stored with the session (here or on the server). */
  state: 'idle' | 'saving' | 'saved' | 'error';
}

/**
 * Six questions, 1–5 each, as native radio groups drawn as large tiles: arrow keys move within a question,
 * Tab between them. Each question names its own ends (tension: 1 = relaxed, 5 = tense).
 */
export function CheckInForm({ initial, onSave, state }: Props) {
  const t = useTranslations('session.checkIn');
  const [answers, setAnswers] = useState<CheckIn>(initial ?? {});
  // What the last save sent: "saved" is said of those answers only, not of any changed since.
  const [sent, setSent] = useState<CheckIn>(initial ?? {});
  const shown = state === 'saved' && !sameAnswers(answers, sent) ? 'idle' : state;
  const statusRef = useRef<HTMLSpanElement>(null);
  const previous = useRef(state);
  // Focus goes to the confirmation once a save the person asked for has gone through (or failed).
  // Not when the answers changed meanwhile: the status then says nothing, and focus stays where they are.
  useEffect(() => {
    if (previous.current === 'saving' && (shown === 'saved' || shown === 'error')) statusRef.current?.focus();
    previous.current = state;
  }, [state, shown]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(answers);
    void onSave(answers);
  };
  return (
    <section className="card" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <form onSubmit={submit} className={styles.checkIn} data-testid="check-in-form">
        {checkInKeys.map((key) => (
          <fieldset key={key} className={styles.scale} aria-describedby={`check-in-${key}-anchors`}>
            <legend>{t(`questions.${key}`)}</legend>
            <p className={styles.anchors} id={`check-in-${key}-anchors`}>
              {t('anchors', { low: t(`low.${key}`), high: t(`high.${key}`) })}
            </p>
            <div className={styles.scaleOptions}>
              {scale.map((value) => (
                <label key={value} className={styles.scaleOption}>
                  <input
                    type="radio"
                    name={`check-in-${key}`}
                    value={value}
                    checked={answers[key] === value}
                    onChange={() => setAnswers({ ...answers, [key]: value })}
                    data-testid={`check-in-${key}-${value}`}
                    aria-label={t('optionLabel', { value, low: t(`low.${key}`), high: t(`high.${key}`) })}
                  />
                  <span aria-hidden="true">{value}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div className="actions">
          <button type="submit" className="button button-primary" data-testid="save-check-in" disabled={state === 'saving' || Object.keys(answers).length === 0}>
            {t('save')}
          </button>
          <span role="status" data-testid="check-in-status" data-state={shown} tabIndex={-1} ref={statusRef} className={styles.status}>
            {shown === 'saved' ? t('saved') : shown === 'error' ? t('error') : null}
          </span>
        </div>
      </form>
    </section>
  );
}

function sameAnswers(a: CheckIn, b: CheckIn): boolean {
  return checkInKeys.every((key) => a[key] === b[key]);
}
