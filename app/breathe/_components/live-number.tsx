import { useFormatter, useTranslations } from 'next-intl';
import { LIVE_RMSSD_MIN_DIFFERENCES, type LiveMetrics } from '@/lib/hrv';
import { liveRmssd } from '@/lib/live/live-numbers';
import styles from './session-live.module.css';

export type LiveNumberKind = 'coherence' | 'rmssd';

interface Props {
  kind: LiveNumberKind;
  metrics: LiveMetrics | null;
  /** The phase's number is large; the other one sits quietly in the technical details. */
  prominent: boolean;
}

/**
 * One live number. Its text is locale-formatted for the person; `data-value` keeps the plain number for
 * machines and tests ('' while collecting).
 */
export function LiveNumber({ kind, metrics, prominent }: Props) {
  const t = useTranslations('session.metrics');
  const format = useFormatter();
  const rmssd = liveRmssd(metrics);
  const value = kind === 'rmssd' ? rmssd.valueMs : metrics?.coherence == null ? null : metrics.coherence * 100;
  const rounded = value === null ? null : Math.round(value);
  const labelId = `live-${kind}-label${prominent ? '' : '-details'}`;
  return (
    <div className={prominent ? styles.primaryNumber : 'readout'}>
      <span className="readout-label" id={labelId}>
        {t(kind)}
      </span>
      <span className="readout-value" aria-labelledby={labelId}>
        <span data-testid={`live-${kind}`} data-value={rounded ?? ''} data-collecting={rounded === null}>
          {rounded === null ? '—' : format.number(rounded, { useGrouping: false })}
        </span>
        <span className="readout-unit">{rounded === null ? t('collecting') : t(kind === 'rmssd' ? 'ms' : 'percent')}</span>
      </span>
      {kind === 'rmssd' && rounded === null && rmssd.differences > 0 ? (
        <span className="hint" data-testid="live-rmssd-collecting">
          {t('collectingBeats', { count: Math.min(rmssd.differences, LIVE_RMSSD_MIN_DIFFERENCES), min: LIVE_RMSSD_MIN_DIFFERENCES })}
        </span>
      ) : null}
    </div>
  );
}
