import { useTranslations } from 'next-intl';
import type { PracticePlan } from '@/lib/plan/plan';
import type { PlanWeek } from '@/lib/plan/plan-week';
import { PlanFeed } from './plan-feed';
import { PlanForm } from './plan-form';
import { PlanWeekList } from './plan-week-list';
import './plan.css';

/** The practice plan on /trends: this week against it, the form that sets it, and its calendar feed. */
export function PracticePlanCard({ plan, week, timeZone, reminderMin }: { plan: PracticePlan | null; week: PlanWeek | null; timeZone: string | null; reminderMin: number }) {
  const t = useTranslations('plan');
  const zone = timeZone ?? 'UTC';
  return (
    <section className="card plan-card" aria-labelledby="plan-heading" data-testid="plan-card">
      <h2 id="plan-heading">{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <div className="plan-layout">
        <div>
          {plan && week ? <PlanWeekList week={week} /> : <p data-testid="plan-none">{t('none')}</p>}
          {plan ? <PlanFeed enabled={plan.feedEnabled} reminderMin={reminderMin} /> : null}
        </div>
        <div>
          <PlanForm plan={plan} />
          <p className="hint">{t('zone', { zone: zone.replace(/_/g, ' ') })}</p>
        </div>
      </div>
    </section>
  );
}
