import { getTranslations } from 'next-intl/server';
import { getResonanceRate } from '@/db/queries/resonance';
import { getCurrentSession, toViewer } from '@/server/auth';
import { parseProtocolQuery } from '@/lib/session/protocol/protocol';
import { BreatheApp } from './_components/breathe-app';
import styles from './_components/setup.module.css';
import { PrescribedPractice } from './_components/prescribed-practice';
import { listLinks } from '@/server/practitioners/links';

/** `?seed=` makes the simulated strap repeatable (tests, demonstrations). */
function parseSeed(value: string | string[] | undefined): number | null {
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

export default async function BreathePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, query, auth] = await Promise.all([getTranslations('breathe'), searchParams, getCurrentSession()]);
  const parsed = parseProtocolQuery(query);
  // A practising person with a practitioner may share a session live with them.
  const livePractitioners = auth?.user.role === 'practising' ? (await listLinks(toViewer(auth))).links.filter((l) => l.side === 'client').map((l) => l.practitioner.name) : [];
  return (
    <>
      <div className={styles.intro}>
        <h1>{t('heading')}</h1>
        <p className="lead">{t('intro')}</p>
      </div>
      {auth?.user.role === 'practising' ? <PrescribedPractice viewer={toViewer(auth)} query={query} /> : null}
      <BreatheApp
        simulationSeed={parseSeed(query.seed)}
        queryProtocol={parsed.practice ? { ...parsed.values, practice: parsed.practice } : parsed.values}
        invalidQueryKeys={parsed.invalid}
        userId={auth?.user.id ?? null}
        livePractitioners={livePractitioners}
        ownRateBpm={auth ? await getResonanceRate(toViewer(auth)) : null}
      />
    </>
  );
}
