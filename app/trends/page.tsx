import { getTranslations } from 'next-intl/server';
import { planWeek } from '@/lib/plan/plan-week';
import { requireViewer } from '@/server/auth';
import { getPlanView, reminderMinutes } from '@/server/plans/handlers';
import { getTrends } from '@/server/trends/get-trends';
import { defaultTrendRange } from '@/lib/trends/types';
import { PracticePlanCard } from './_components/plan/practice-plan-card';
import { parseTrendRange } from '@/lib/trends/range';
import { TrendsView } from './_components/trends-view';

export default async function TrendsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const parsed = parseTrendRange(query.days);
  const range = parsed ?? defaultTrendRange;
  const { viewer } = await requireViewer(`/trends?days=${range}`);
  const [t, trends, planView] = await Promise.all([getTranslations('trends'), getTrends(viewer, { days: range }), getPlanView(viewer)]);
  // Every range reaches back at least to this Monday (days=0 from the first session: none before it).
  const minutesByDate = new Map(trends.days.map((day) => [day.date, day.minutes]));
  const week = planView.plan ? planWeek(planView.plan.weekdays, planView.today, minutesByDate) : null;
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      {parsed === null ? (
        <p className="hint" role="status">
          {t('invalidRange')}
        </p>
      ) : null}
      <TrendsView
        trends={trends}
        range={range}
        plan={<PracticePlanCard plan={planView.plan} week={week} timeZone={planView.timeZone} reminderMin={reminderMinutes} />}
      />
    </>
  );
}
