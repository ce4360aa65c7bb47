import { useFormatter, useTranslations } from 'next-intl';
import type { PhaseStats } from '@/lib/session/summary/session-view';
import type { PracticeId } from '@/lib/session/protocol/record';
import { formatDuration } from './format';

/** Heart rate and RMSSD during a guided practice, over the window they cover; flagged ones say so in the caution above. */
export function PracticeCard({ practice, phase }: { practice: PracticeId; phase: PhaseStats }) {
  const t = useTranslations('summary');
  const tp = useTranslations('practice');
  const format = useFormatter();
  const one = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  return (
    <section className="card" aria-labelledby="summary-practice-heading" data-testid="summary-practice" data-practice={practice}>
      <h2 id="summary-practice-heading">{tp('summary.heading')}</h2>
      <p className="hint">{tp('summary.window', { duration: formatDuration(t, phase.endS - phase.startS), practice: tp(`names.${practice}`) })}</p>
      <dl className="facts summary-facts">
        <dt>{t('breathing.meanHr')}</dt>
        <dd>{phase.meanHrBpm === null ? t('noValue') : t('breathing.bpmValue', { bpm: one(phase.meanHrBpm) })}</dd>
        <dt>{tp('summary.rmssd')}</dt>
        <dd data-testid="summary-practice-rmssd">
          {phase.rmssdMs === null ? t('noValue') : tp('summary.msValue', { ms: one(phase.rmssdMs) })}
          {phase.qualityOk ? null : <span className="badge-warning">{t('phases.flagged')}</span>}
        </dd>
      </dl>
    </section>
  );
}
