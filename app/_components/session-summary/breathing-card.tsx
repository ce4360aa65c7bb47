import { useFormatter, useTranslations } from 'next-intl';
import type { SessionView } from '@/lib/session/summary/session-view';
import { formatDuration } from './format';
import { PracticeCard } from './practice-card';

/** Coherence, RSA and heart rate during the paced breathing, each with the window it covers. */
export function BreathingCard({ view }: { view: SessionView }) {
  const t = useTranslations('summary');
  const format = useFormatter();
  const breathing = view.phases.find((p) => p.phase === 'breathing');
  if (!breathing) return null;
  // Coherence and the swing per breath belong to paced breathing; a practice shows what it can honestly say.
  if (view.practice) return <PracticeCard practice={view.practice} phase={breathing} />;
  const one = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  return (
    <section className="card" aria-labelledby="summary-breathing-heading" data-testid="summary-breathing">
      <h2 id="summary-breathing-heading">{t('breathing.heading')}</h2>
      <p className="hint">{t('breathing.window', { duration: formatDuration(t, breathing.endS - breathing.startS) })}</p>
      <dl className="facts summary-facts">
        <dt>{t('breathing.coherence')}</dt>
        <dd data-testid="summary-coherence">
          {breathing.coherence === null ? (
            t('noValue')
          ) : (
            <>
              {t('breathing.coherenceValue', { percent: format.number(100 * breathing.coherence, { maximumFractionDigits: 0 }) })}
              {breathing.coherencePeakHz === null ? null : (
                <span className="hint">{t('breathing.coherencePeak', { breaths: one(60 * breathing.coherencePeakHz) })}</span>
              )}
              <span className="hint">{t('breathing.coherenceHint')}</span>
            </>
          )}
        </dd>
        <dt>{t('breathing.rsa')}</dt>
        <dd data-testid="summary-rsa">
          {breathing.rsaMeanBpm === null ? t('noValue') : t('breathing.rsaValue', { bpm: one(breathing.rsaMeanBpm), cycles: breathing.rsaCycles })}
        </dd>
        <dt>{t('breathing.meanHr')}</dt>
        <dd>{breathing.meanHrBpm === null ? t('noValue') : t('breathing.bpmValue', { bpm: one(breathing.meanHrBpm) })}</dd>
      </dl>
    </section>
  );
}
