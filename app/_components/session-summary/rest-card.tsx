import { useFormatter, useTranslations } from 'next-intl';
import type { SessionView } from '@/lib/session/summary/session-view';
import { formatDuration, localeFixed, plainFixed } from './format';

/**
 * The headline of a recording that is one rest (an imported file): its RMSSD and heart rate. There is
 * no second rest to compare with, so no shift — and no warning that one is missing.
 */
export function RestCard({ view }: { view: SessionView }) {
  const t = useTranslations('summary');
  const format = useFormatter();
  const number = format.number.bind(format);
  const rest = view.phases.find((p) => p.phase === 'baseline');
  const rmssd = view.shift.baselineRmssdMs;
  return (
    <section className="card summary-shift" aria-labelledby="summary-rest-heading">
      <h2 id="summary-rest-heading">{t('rest.heading')}</h2>
      <p className="hint">{t('rest.intro')}</p>
      <div className="readouts">
        <div className="readout">
          <span className="readout-label">{t('rest.rmssd', { duration: rest ? formatDuration(t, rest.endS - rest.startS) : t('noValue') })}</span>
          <span className="readout-value">
            <span data-testid="summary-baseline-rmssd" data-value={rmssd === null ? '' : plainFixed(rmssd, 1)}>
              {rmssd === null ? t('noValue') : localeFixed(number, rmssd, 1)}
            </span>
            <span className="readout-unit">{t('shift.unitMs')}</span>
          </span>
        </div>
        <div className="readout">
          <span className="readout-label">{t('rest.heartRate')}</span>
          <span className="readout-value">
            <span data-testid="summary-rest-hr">{rest?.meanHrBpm == null ? t('noValue') : localeFixed(number, rest.meanHrBpm, 0)}</span>
            <span className="readout-unit">{t('rest.unitBpm')}</span>
          </span>
        </div>
      </div>
    </section>
  );
}
