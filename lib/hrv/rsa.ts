import type { Beat } from './types';

export interface RsaCycle {
  startS: number;
  endS: number;
  beats: number;
  /** Max − min instantaneous HR (60000 / RR) of the beats inside the cycle; null below 2 beats. */
  amplitudeBpm: number | null;
}

export interface RsaResult {
  cycles: RsaCycle[];
  /** Mean over the cycles that have an amplitude; null when none has. */
  meanBpm: number | null;
}

/**
 * Respiratory sinus arrhythmia per paced breath: the swing of heart rate within each pacer cycle.
 * Cycle k runs from cycleStartsS[k] to cycleStartsS[k + 1] (the last one to endS, or it is dropped
 * without endS). A beat belongs to the cycle in which it occurred (tMs); beats must be time-ordered.
 */
export function computeRsaAmplitude(beats: readonly Beat[], cycleStartsS: readonly number[], endS?: number): RsaResult {
  const bounds = endS === undefined ? [...cycleStartsS] : [...cycleStartsS, endS];
  const cycles: RsaCycle[] = [];
  let b = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const startS = bounds[k] as number;
    const cycleEndS = bounds[k + 1] as number;
    while (b < beats.length && (beats[b] as Beat).tMs / 1000 < startS) b++;
    let minHr = Number.POSITIVE_INFINITY;
    let maxHr = Number.NEGATIVE_INFINITY;
    let count = 0;
    for (let i = b; i < beats.length && (beats[i] as Beat).tMs / 1000 < cycleEndS; i++) {
      const hr = 60000 / (beats[i] as Beat).rrMs;
      if (hr < minHr) minHr = hr;
      if (hr > maxHr) maxHr = hr;
      count++;
    }
    cycles.push({ startS, endS: cycleEndS, beats: count, amplitudeBpm: count >= 2 ? maxHr - minHr : null });
  }
  const amplitudes = cycles.map((c) => c.amplitudeBpm).filter((a): a is number => a !== null);
  const meanBpm = amplitudes.length > 0 ? amplitudes.reduce((s, a) => s + a, 0) / amplitudes.length : null;
  return { cycles, meanBpm };
}
