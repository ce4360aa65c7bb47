import { useTranslations } from 'next-intl';
import type { ResonanceAnalysis } from '@/lib/hrv';
import { ResonanceSummary } from './resonance-summary';

/** A stored assessment on a session page: it has no rest before and after, so its result is the steps, not a shift. */
export function ResonanceSessionCard({ result }: { result: ResonanceAnalysis | null }) {
  const t = useTranslations('sessions');
  return (
    <section className="card" aria-labelledby="resonance-session-heading" data-testid="resonance-session">
      <h2 id="resonance-session-heading">{t('resonance')}</h2>
      {result ? <ResonanceSummary result={result} /> : null}
    </section>
  );
}
