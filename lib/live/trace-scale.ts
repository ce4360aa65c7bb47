/** The live trace's heart-rate axis: fitted to the normal beats, never narrower than this. */
export const TRACE_MIN_SPAN_BPM = 12;
/** A beat this far (as a share) from the window's median HR is an artifact for the scale. */
const SCALE_OUTLIER_SHARE = 0.2;

export interface TraceScale {
  lo: number;
  hi: number;
}

/**
 * The y range of the live HR trace. A missed or ectopic beat reads as 30 or 200 bpm: fitting the axis to
 * it would flatten the breathing wave to a line, so beats far from the median are left out of the scale
 * (they are still drawn, clipped at the edge). Null before two beats: no "197–3 bpm" on an empty chart.
 */
export function traceScale(hrBpm: readonly number[]): TraceScale | null {
  const finite = hrBpm.filter((v) => Number.isFinite(v) && v > 0);
  if (finite.length < 2) return null;
  const sorted = [...finite].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const normal = finite.filter((v) => Math.abs(v - median) <= SCALE_OUTLIER_SHARE * median);
  let lo = Math.floor(Math.min(...normal) - 2);
  let hi = Math.ceil(Math.max(...normal) + 2);
  if (hi - lo < TRACE_MIN_SPAN_BPM) {
    const centre = (lo + hi) / 2;
    lo = Math.floor(centre - TRACE_MIN_SPAN_BPM / 2);
    hi = lo + TRACE_MIN_SPAN_BPM;
  }
  return { lo: Math.max(0, lo), hi };
}
