import { useTranslations } from 'next-intl';
import { Fragment } from 'react';
import { checkInKeys, type CheckIn } from '@/lib/session/protocol/record';

/** The answers given after the session; questions left unanswered are not shown. `heading` replaces "Your check-in". */
export function CheckInCard({ checkIn, heading }: { checkIn: CheckIn; heading?: string }) {
  const t = useTranslations('sessions.checkIn');
  const answered = checkInKeys.filter((key) => checkIn[key] !== undefined);
  if (answered.length === 0) return null;
  return (
    <section className="card" aria-labelledby="check-in-heading" data-testid="session-check-in">
      <h2 id="check-in-heading">{heading ?? t('heading')}</h2>
      <p className="hint">{t('scale')}</p>
      <dl className="facts">
        {answered.map((key) => (
          <Fragment key={key}>
            <dt>{t(`questions.${key}`)}</dt>
            <dd data-testid={`check-in-${key}`}>{t('value', { value: checkIn[key] ?? 0 })}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
