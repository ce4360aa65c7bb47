import { getTranslations } from 'next-intl/server';
import { requireViewer } from '@/server/auth';
import { getTrends } from '@/server/trends/get-trends';
import { defaultTrendRange } from '@/lib/trends/types';
import { parseTrendRange } from './_components/trend-figures';
import { TrendsView } from './_components/trends-view';

export default async function TrendsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const parsed = parseTrendRange(query.days);
  const range = parsed ?? defaultTrendRange;
  const { viewer } = await requireViewer(`/trends?days=${range}`);
  const [t, trends] = await Promise.all([getTranslations('trends'), getTrends(viewer, { days: range })]);
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      {parsed === null ? (
        <p className="hint" role="status">
          {t('invalidRange')}
        </p>
      ) : null}
      <TrendsView trends={trends} range={range} />
    </>
  );
}
