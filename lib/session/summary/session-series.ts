// The whole-session chart series: instantaneous HR per beat and the engine's rolling 60-s RMSSD (the same
// StreamingAnalyser the live view uses), with beats in gaps and pauses left out and the line broken there.
import { DEFAULT_STREAMING, ExcludedSpans, StreamingAnalyser, type Beat } from '@/lib/hrv';
import type { TimeSpan } from '@/lib/session/protocol/record';

export interface ChartPoint {
  tS: number;
  /** 60000 / RR of this beat; null only on the break points inserted at gaps. */
  hrBpm: number | null;
  /** RMSSD over the 60 s up to this beat, artifacts and gaps left out; null until there is a difference. */
  rmssdMs: number | null;
}

export interface ArtifactMark {
  tS: number;
  hrBpm: number;
}

export interface SessionSeries {
  points: ChartPoint[];
  artifacts: ArtifactMark[];
}

/** Enough points for a chart a screen wide; longer sessions are thinned evenly. */
export const MAX_CHART_POINTS = 1500;
export const ROLLING_RMSSD_WINDOW_MS = DEFAULT_STREAMING.rmssdWindowMs;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function buildSessionSeries(beats: readonly Beat[], excludedSpans: readonly TimeSpan[]): SessionSeries {
  // As the engine does: a beat whose RR interval reaches into a gap or pause is left out.
  const excluded = new ExcludedSpans(excludedSpans.map((span) => ({ start: span.startMs, end: span.endMs })));
  // Coherence is not charted: computing it only once (when due at the start) keeps this cheap.
  const analyser = new StreamingAnalyser({ rmssdWindowMs: ROLLING_RMSSD_WINDOW_MS, coherenceEveryMs: Number.POSITIVE_INFINITY });
  const used: Beat[] = [];
  const points: ChartPoint[] = [];
  const flagged = new Set<number>();
  let last: Beat | null = null;
  // The newest few beats never become final: their last guesses count as the session has ended.
  let provisional: number[] = [];
  for (const beat of beats) {
    if (excluded.overlaps(beat.tMs - beat.rrMs, beat.tMs)) continue;
    if (last && (beat.tMs - last.tMs > beat.rrMs + DEFAULT_STREAMING.gapToleranceMs || excluded.startsWithin(last.tMs, beat.tMs))) {
      points.push({ tS: round((last.tMs + beat.tMs) / 2000, 2), hrBpm: null, rmssdMs: null });
    }
    const metrics = analyser.push([beat]);
    for (const flag of metrics.finalFlags) flagged.add(flag.index);
    provisional = metrics.provisionalFlags.map((flag) => flag.index);
    used.push(beat);
    last = beat;
    points.push({ tS: round(beat.tMs / 1000, 2), hrBpm: round(60000 / beat.rrMs, 1), rmssdMs: metrics.rmssdMs === null ? null : round(metrics.rmssdMs, 1) });
  }
  for (const index of provisional) flagged.add(index);
  const artifacts = [...flagged]
    .sort((a, b) => a - b)
    .flatMap((index) => {
      const beat = used[index];
      return beat ? [{ tS: round(beat.tMs / 1000, 2), hrBpm: round(60000 / beat.rrMs, 1) }] : [];
    });
  return { points: thin(points), artifacts };
}

function thin(points: ChartPoint[]): ChartPoint[] {
  if (points.length <= MAX_CHART_POINTS) return points;
  const stride = Math.ceil(points.length / MAX_CHART_POINTS);
  return points.filter((point, i) => i % stride === 0 || point.hrBpm === null || i === points.length - 1);
}
