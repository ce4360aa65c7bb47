import { useFormatter, useTranslations } from 'next-intl';
import type { Beat, LiveMetrics, PhaseName } from '@/lib/hrv';
import type { LiveStrapSnapshot } from '@/lib/live/live-strap-store';
import type { BreathPattern } from '@/lib/session/protocol/protocol';
import { LiveNumber } from './live-number';
import { SessionTrace } from './session-trace';
import styles from './session-live.module.css';

interface Props {
  phase: PhaseName | null;
  metrics: LiveMetrics | null;
  snapshot: LiveStrapSnapshot;
  trace: readonly Beat[];
  pattern: BreathPattern;
  cycleStartsMs: readonly number[];
  endMs: number;
  /** False during a guided practice: RMSSD, not coherence with a pacer, is its number. */
  paced?: boolean;
}

/** The heart beside the pacer: HR, the one number that matters in this phase, and the trace. */
export function LiveHeart({ phase, metrics, snapshot, trace, pattern, cycleStartsMs, endMs, paced = true }: Props) {
  const t = useTranslations('session.run');
  const format = useFormatter();
  return (
    <section className={styles.heart} aria-labelledby="session-live-heading">
      <h2 id="session-live-heading" className={styles.heartHeading}>
        {t('liveHeading')}
      </h2>
      <div className={styles.numbers}>
        <div className={styles.primaryNumber}>
          <span className="readout-label">{t('hr')}</span>
          <span className="readout-value">
            <span data-testid="live-hr" data-value={snapshot.hrBpm ?? ''}>
              {snapshot.hrBpm === null ? '—' : format.number(snapshot.hrBpm, { useGrouping: false })}
            </span>
            <span className="readout-unit">{t('bpm')}</span>
          </span>
        </div>
        <LiveNumber kind={phase === 'breathing' && paced ? 'coherence' : 'rmssd'} metrics={metrics} prominent />
      </div>
      <SessionTrace beats={trace} pattern={pattern} cycleStartsMs={cycleStartsMs} endMs={endMs} paced={paced} />
      <p className={styles.lastBeat}>
        {t('lastBeat')}{' '}
        <span data-testid="live-rr" data-value={snapshot.lastRrMs === null ? '' : Math.round(snapshot.lastRrMs)}>
          {snapshot.lastRrMs === null ? '—' : format.number(Math.round(snapshot.lastRrMs), { useGrouping: false })}
        </span>{' '}
        {t('ms')}
      </p>
    </section>
  );
}
