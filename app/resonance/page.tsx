import { getTranslations } from 'next-intl/server';
import { getResonanceRate } from '@/db/queries/resonance';
import { getCurrentSession, toViewer } from '@/server/auth';
import { resonanceLimits } from '@/lib/session/protocol/resonance';
import { ResonanceApp } from './_components/resonance-app';

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

/** `?step=` and `?rest=` (seconds) shorten the assessment for tests and demonstrations; `?seed=` repeats the simulated strap. */
function parseSeconds(value: string | undefined, limits: { min: number; max: number }): number | null {
  if (!value || !/^\d{1,4}$/.test(value)) return null;
  const n = Number(value);
  return n >= limits.min && n <= limits.max ? n : null;
}

export default async function ResonancePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, query, auth] = await Promise.all([getTranslations('resonance'), searchParams, getCurrentSession()]);
  const seed = one(query.seed);
  const stepS = parseSeconds(one(query.step), resonanceLimits.stepS);
  const restS = parseSeconds(one(query.rest), resonanceLimits.restS);
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <ResonanceApp
        simulationSeed={seed && /^\d{1,9}$/.test(seed) ? Number(seed) : null}
        stepS={stepS ?? resonanceLimits.stepS.default}
        restS={restS ?? resonanceLimits.restS.default}
        shortened={stepS !== null || restS !== null}
        userId={auth?.user.id ?? null}
        currentRateBpm={auth ? await getResonanceRate(toViewer(auth)) : null}
      />
    </>
  );
}
