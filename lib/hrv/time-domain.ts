import type { TimeDomainMetrics } from './types';

/** Textbook time-domain metrics (Task Force 1996; what Kubios, systole and hrv-analysis report). */
export function computeTimeDomain(rrMs: ArrayLike<number>): TimeDomainMetrics {
  return computeTimeDomainFromSegments([rrMs]);
}

/**
 * Time-domain metrics over several contiguous runs of beats: successive differences are taken only
 * inside a run, so an interval spanning a connection gap never enters RMSSD or pNN50.
 */
export function computeTimeDomainFromSegments(segments: readonly ArrayLike<number>[]): TimeDomainMetrics {
  let n = 0;
  let sum = 0;
  let minRr = Number.POSITIVE_INFINITY;
  let maxRr = Number.NEGATIVE_INFINITY;
  let diffCount = 0;
  let sumSqDiff = 0;
  let nn50 = 0;
  for (const rr of segments) {
    for (let i = 0; i < rr.length; i++) {
      const v = rr[i] as number;
      n++;
      sum += v;
      if (v < minRr) minRr = v;
      if (v > maxRr) maxRr = v;
      if (i > 0) {
        const diff = v - (rr[i - 1] as number);
        diffCount++;
        sumSqDiff += diff * diff;
        if (Math.abs(diff) > 50) nn50++;
      }
    }
  }
  const meanRrMs = n > 0 ? sum / n : Number.NaN;
  // Two-pass variance: the one-pass formula loses digits on 100,000 values near 800 ms.
  let sumSq = 0;
  for (const rr of segments) {
    for (let i = 0; i < rr.length; i++) {
      const dev = (rr[i] as number) - meanRrMs;
      sumSq += dev * dev;
    }
  }
  const rmssdMs = diffCount > 0 ? Math.sqrt(sumSqDiff / diffCount) : Number.NaN;
  return {
    n,
    meanRrMs,
    meanHrBpm: 60000 / meanRrMs,
    minHrBpm: n > 0 ? 60000 / maxRr : Number.NaN,
    maxHrBpm: n > 0 ? 60000 / minRr : Number.NaN,
    rmssdMs,
    lnRmssd: Math.log(rmssdMs),
    sdnnMs: n > 1 ? Math.sqrt(sumSq / (n - 1)) : Number.NaN,
    pnn50: diffCount > 0 ? (100 * nn50) / diffCount : Number.NaN,
  };
}
