import { getTranslations } from 'next-intl/server';
import { getCurrentSession, toViewer } from '@/server/auth';
import { getTrends } from '@/server/trends/get-trends';
import { protocolLimits } from '@/lib/session/protocol/limits';
import { latestReadingRange } from '../_components/trend-figures';
import { MorningReadingApp } from './_components/morning-reading-app';

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

/** `?baseline=` (seconds) shortens the rest for tests and demonstrations, as on /breathe; `?seed=` repeats the simulated strap. */
function parseSeconds(value: string | undefined): number | null {
  if (!value || !/^\d{1,4}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= protocolLimits.baselineS.max ? n : null;
}

export default async function MorningReadingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, query, auth] = await Promise.all([getTranslations('morningReading'), searchParams, getCurrentSession()]);
  const seed = one(query.seed);
  // The person's latest 60-day range, to place this morning against; none for a guest.
  const range = auth ? latestReadingRange((await getTrends(toViewer(auth), { days: 91 })).days) : null;
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <MorningReadingApp
        simulationSeed={seed && /^\d{1,9}$/.test(seed) ? Number(seed) : null}
        overrideS={parseSeconds(one(query.baseline))}
        userId={auth?.user.id ?? null}
        range={range}
      />
    </>
  );
}
