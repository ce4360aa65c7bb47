import { getTranslations } from 'next-intl/server';
import { LiveStrap } from './_components/live-strap';

/** `?seed=` makes the simulated strap repeatable (tests, demonstrations). */
function parseSeed(value: string | undefined): number | null {
  if (!value || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

export default async function BreathePage({ searchParams }: { searchParams: Promise<{ seed?: string }> }) {
  const [t, { seed }] = await Promise.all([getTranslations('breathe'), searchParams]);
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <LiveStrap simulationSeed={parseSeed(seed)} />
    </>
  );
}
