import { useTranslations } from 'next-intl';
import { LIVE_RMSSD_MIN_DIFFERENCES, type LiveMetrics } from '@/lib/hrv';

/** The worker's rolling numbers: RMSSD over the last minute and coherence of the last 64 s. */
export function SessionMetrics({ metrics }: { metrics: LiveMetrics | null }) {
  const t = useTranslations('session.metrics');
  const rmssd = metrics?.rmssdMs ?? null;
  // Early in a session the window holds few beats: the number is shown, but marked as provisional.
  const differences = metrics?.rmssdDifferences ?? 0;
  const provisional = rmssd !== null && differences < LIVE_RMSSD_MIN_DIFFERENCES;
  const coherence = metrics?.coherence ?? null;
  return (
    <div className="readouts">
      <div className="readout">
        <span className="readout-label" id="rmssd-label">
          {t('rmssd')}
        </span>
        <span className="readout-value" aria-labelledby="rmssd-label">
          <span data-testid="live-rmssd" data-provisional={provisional} className={provisional ? 'provisional' : undefined}>
            {rmssd === null ? '—' : Math.round(rmssd)}
          </span>
          <span className="readout-unit">{rmssd === null ? t('collecting') : t('ms')}</span>
        </span>
        {provisional ? (
          <span className="hint" data-testid="live-rmssd-provisional" title={t('provisionalHint', { min: LIVE_RMSSD_MIN_DIFFERENCES })}>
            {t('provisional', { count: differences + 1 })}
          </span>
        ) : null}
      </div>
      <div className="readout">
        <span className="readout-label">{t('coherence')}</span>
        <span className="readout-value">
          <span data-testid="live-coherence">{coherence === null ? '—' : Math.round(coherence * 100)}</span>
          <span className="readout-unit">{coherence === null ? t('collecting') : t('percent')}</span>
        </span>
      </div>
    </div>
  );
}
