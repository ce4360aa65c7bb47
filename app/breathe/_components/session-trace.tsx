import { useFormatter, useTranslations } from 'next-intl';
import { traceScale } from '@/lib/live/trace-scale';
import type { Beat } from '@/lib/hrv';
import { cycleStages } from '@/lib/session/pacer/pacer';
import type { BreathPattern } from '@/lib/session/protocol/protocol';
import styles from './session.module.css';

const WINDOW_MS = 60_000;
const W = 600;
const H = 180;

interface Props {
  beats: readonly Beat[];
  pattern: BreathPattern;
  cycleStartsMs: readonly number[];
  /** Right edge of the chart, session ms. */
  endMs: number;
  /** False during a guided practice: no pacer, so no in- and out-breaths to name. */
  paced?: boolean;
}

/** Heart rate beat by beat over the last minute, on the in- and out-breaths of the pacer: HR rises breathing in. */
export function SessionTrace({ beats, pattern, cycleStartsMs, endMs, paced = true }: Props) {
  const t = useTranslations('session.trace');
  const startMs = endMs - WINDOW_MS;
  const visible = beats.filter((b) => b.tMs >= startMs && b.tMs <= endMs);
  const hr = visible.map((b) => 60_000 / b.rrMs);
  const format = useFormatter();
  const scale = traceScale(hr);
  const { lo, hi } = scale ?? { lo: 50, hi: 90 };
  const x = (tMs: number) => ((tMs - startMs) / WINDOW_MS) * W;
  // Beats outside the scale (artifacts) are drawn at its edge, not off the chart.
  const y = (bpm: number) => H - ((Math.min(hi, Math.max(lo, bpm)) - lo) / (hi - lo)) * H;
  const stages = cycleStages(pattern).filter((s) => s.stage === 'inhale' || s.stage === 'exhale');
  const bands = cycleStartsMs
    .filter((c) => c + 60_000 >= startMs && c <= endMs)
    .flatMap((c) => stages.map((s) => ({ stage: s.stage, from: Math.max(startMs, c + s.startMs), to: Math.min(endMs, c + s.endMs) })))
    .filter((b) => b.to > b.from);
  // The line breaks where beats are missing (a gap), rather than drawing across it.
  const segments: string[][] = [];
  visible.forEach((b, i) => {
    const prev = visible[i - 1];
    if (!prev || b.tMs - prev.tMs > b.rrMs + 1500) segments.push([]);
    segments[segments.length - 1]!.push(`${x(b.tMs).toFixed(1)},${y(hr[i]!).toFixed(1)}`);
  });

  return (
    <figure className={styles.trace} data-testid="session-trace" data-points={visible.length}>
      <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={t('label')}>
        {bands.map((b) => (
          <rect key={`${b.stage}-${b.from}`} x={x(b.from)} width={x(b.to) - x(b.from)} y={0} height={H} className={b.stage === 'inhale' ? styles.inhaleBand : styles.exhaleBand} />
        ))}
        {segments.map((points, i) => (
          <polyline key={i} points={points.join(' ')} className={styles.traceLine} vectorEffect="non-scaling-stroke" />
        ))}
      </svg>
      <figcaption className={styles.traceCaption}>
        {scale ? <span>{t('range', { lo: format.number(lo), hi: format.number(hi) })}</span> : <span>{t('waiting')}</span>}
        {paced ? (
          <>
            <span className={styles.legendInhale}>{t('inhale')}</span>
            <span className={styles.legendExhale}>{t('exhale')}</span>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
