import { KIND_CODE } from './types';

/**
 * Lipponen & Tarvainen (2019) constants, as Kubios, systole and NeuroKit2 use them, plus the
 * physiological floors under the thresholds: a deliberate deviation from the references, explained
 * with its figures in ARTIFACTS.md (beside this file).
 */
export const DETECTION = {
  alpha: 5.2,
  c1: 0.13,
  c2: 0.17,
  /** Half-width of the 91-beat centred window for the quartile deviation. */
  qdHalf: 45,
  /** Half-width of the 11-beat centred median. */
  medianHalf: 5,
  /**
   * Lower bound on both thresholds (ms). A perfectly regular simulated series has QD = 0; without a
   * floor every 1 ms jitter would become "infinitely" abnormal. 5 ms is far below any threshold real
   * data produces (≈ 30–60 ms), so it never changes a decision on physiological recordings.
   */
  minThresholdMs: 5,
  /**
   * The floors, as fractions of the local (11-beat) median RR. α · QD scales with the local spread
   * only, so in a calm, regular series it shrinks until ordinary beat-to-beat variability crosses it;
   * each threshold is therefore kept at or above a share of the beat interval itself. Ectopic, missed
   * and extra beats depart from the rhythm by 20 % or more, far above every floor here.
   * - th1: Th1 for the long/short test on dRR (two crossings of opposite sign within three beats).
   * - ectopic: Th1 for the ectopic test, which needs one crossing and a neighbour merely leaning the
   *   other way, the most noise-prone of the rules (a real ectopic's compensatory dRR is twice its
   *   prematurity, ≥ 40 % of RR).
   * - th2: Th2 for |mRR| > 3 (a lone beat flagged from 18 % longer or 9 % shorter than the median).
   * The values are the largest the real reference recordings allow: hrvanalysis_test_nn_intervals
   * beat 332 (short) departs by 6.15 % of its median, systole_rr_ppg beat 122 (ectopic) by 9.9 %.
   * The missed and extra tests, and the correction, keep the published Th2 (`th2Ms`).
   */
  th1FloorFraction: 0.06,
  ectopicFloorFraction: 0.09,
  th2FloorFraction: 0.06,
} as const;

/** What the decision for beat j needs; batch and streaming both fill this, so they cannot disagree. */
export interface BeatFeatures {
  /** dRR / Th1 (floored) at j−1, j, j+1, j+2 (0 where the series has no such beat, as systole pads). */
  dPrev: number;
  d: number;
  dNext: number;
  dNext2: number;
  hasNext2: boolean;
  /** dRR at j−1, j, j+1 over the ectopic test's threshold (Th1 with the ectopic floor). */
  ePrev: number;
  e: number;
  eNext: number;
  /** mRR / Th2 (floored) at j (negative deviations already doubled). */
  m: number;
  rrMs: number;
  /** RR at j+1, NaN at the series end. */
  nextRrMs: number;
  medMs: number;
  /**
   * The published Th2 at j, without the floor, for the missed and extra tests: a floored Th2 would
   * widen what counts as "two beats" (|RR/2 − medRR| < Th2) or "one beat split" (|RR + RR_next − medRR| < Th2).
   */
  th2Ms: number;
  /** No ectopic call within two beats of either end; no long/short call on the first or last beat. */
  allowEctopic: boolean;
  allowLongShort: boolean;
}

/** The published threshold α · QD (with the divide-by-zero guard only). */
export function thresholdFromQd(qd: number): number {
  return Math.max(DETECTION.alpha * qd, DETECTION.minThresholdMs);
}

/** The threshold a decision uses: the published one, never below `fraction` of the local median RR. */
export function flooredThreshold(thresholdMs: number, medMs: number, fraction: number): number {
  const floor = fraction * medMs;
  return floor > thresholdMs ? floor : thresholdMs;
}

/** Raw class of one beat before neighbouring calls are reconciled (see `reconcileKind`). */
export function classifyBeat(f: BeatFeatures): number {
  const { c1, c2 } = DETECTION;
  if (f.allowEctopic) {
    const { e } = f;
    const s12 = e > 0 ? Math.max(f.ePrev, f.eNext) : e < 0 ? Math.min(f.ePrev, f.eNext) : 0;
    const ectopic = (e > 1 && s12 < -c1 * e - c2) || (e < -1 && s12 > -c1 * e + c2);
    if (ectopic) return KIND_CODE.ectopic;
  }
  const { d } = f;
  // Without two later beats S22 is unknown; systole then uses 0, so no long/short call from it.
  const s22 = !f.hasNext2 ? 0 : d >= 0 ? Math.min(f.dNext, f.dNext2) : Math.max(f.dNext, f.dNext2);
  if (!f.allowLongShort) return KIND_CODE.none;
  const farFromMedian = Math.abs(f.m) > 3;
  // The sign of mRR says on which side of the local median the beat lies; systole compares with the
  // global median instead, which misnames beats in recordings whose heart rate drifts.
  const long = (d > 1 && s22 < -1) || (farFromMedian && f.m > 0);
  const short = (d < -1 && s22 > 1) || (farFromMedian && f.m <= 0);
  if (long) return missedParts(f.rrMs, f.medMs, f.th2Ms) > 1 ? KIND_CODE.missed : KIND_CODE.long;
  if (short) {
    const merged = f.rrMs + f.nextRrMs;
    return Math.abs(merged - f.medMs) < f.th2Ms ? KIND_CODE.extra : KIND_CODE.short;
  }
  return KIND_CODE.none;
}

/**
 * How many beats a long interval holds: the reference rule |RR/2 − medRR| < Th2 first, then
 * k = round(RR / medRR) ≥ 3 parts, so two missed beats in a row are split into three, not interpolated away.
 * Returns 1 when the interval is not a whole multiple of the local median.
 */
export function missedParts(rrMs: number, medMs: number, th2Ms: number): number {
  if (Math.abs(rrMs / 2 - medMs) < th2Ms) return 2;
  if (!(medMs > 0)) return 1;
  const k = Math.round(rrMs / medMs);
  return k > 2 && Math.abs(rrMs / k - medMs) < th2Ms ? k : 1;
}

/**
 * One event, one flag: the interval before an ectopic call is part of the premature/compensatory
 * pair (corrected with it), and the interval after an extra call is merged into it.
 */
export function reconcileKind(prevFinal: number, raw: number, nextRaw: number): number {
  if (prevFinal === KIND_CODE.extra) return KIND_CODE.none;
  if (nextRaw === KIND_CODE.ectopic && raw !== KIND_CODE.ectopic) return KIND_CODE.none;
  return raw;
}

/** Normalises a deviation by its threshold (thresholds are floored, so never a division by zero). */
export function normalise(value: number, thresholdMs: number): number {
  return value / thresholdMs;
}
