import { useFormatter, useTranslations } from 'next-intl';
import type { PlanWeek } from '@/lib/plan/plan-week';

/** This week's planned days, each done, missed or still to come. */
export function PlanWeekList({ week }: { week: PlanWeek }) {
  const t = useTranslations('plan.week');
  const format = useFormatter();
  const dayLabel = (date: string) => format.dateTime(new Date(`${date}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  return (
    <div className="plan-week" data-testid="plan-week" data-done={week.done} data-missed={week.missed} data-to-come={week.toCome}>
      <h3>{t('heading')}</h3>
      <p>{t('summary', { done: week.done, planned: week.days.length, missed: week.missed, toCome: week.toCome })}</p>
      <ul className="plan-days">
        {week.days.map((day) => (
          <li key={day.date} className={`plan-day plan-day-${day.status}`} data-testid="plan-week-day" data-date={day.date} data-status={day.status}>
            <span className="plan-day-mark" aria-hidden="true" />
            <span>{dayLabel(day.date)}</span>
            <span className="plan-day-status">{t(`status.${day.status}`)}</span>
          </li>
        ))}
      </ul>
      {week.unplannedPractised > 0 ? <p className="hint">{t('extra', { count: week.unplannedPractised })}</p> : null}
      <p className="hint">{t('hint')}</p>
    </div>
  );
}
