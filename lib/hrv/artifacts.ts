import { classifyBeat, DETECTION, flooredThreshold, normalise, reconcileKind, thresholdFromQd, type BeatFeatures } from './artifact-rules';
import { rollingCentredMedian, rollingQuartileDeviation } from './rolling-quantile';
import { ARTIFACT_KINDS, KIND_BY_CODE, KIND_CODE, type ArtifactCounts, type ArtifactIndices } from './types';

export interface ArtifactDetection {
  /** Final class code per RR index (KIND_CODE), one flag per event. */
  codes: Uint8Array;
  /** 11-beat centred median, kept for the correction (splitting missed beats). */
  medMs: Float64Array;
  th2Ms: Float64Array;
  counts: ArtifactCounts;
  /** 0-based RR indices per class. */
  indices: ArtifactIndices;
}

/** Lipponen & Tarvainen (2019) artifact detection over a whole RR series (ms). */
export function detectArtifacts(rrMs: ArrayLike<number>): ArtifactDetection {
  const n = rrMs.length;
  const { qdHalf, medianHalf } = DETECTION;

  const dRr = new Float64Array(n);
  let sumRest = 0;
  for (let i = 1; i < n; i++) {
    dRr[i] = (rrMs[i] as number) - (rrMs[i - 1] as number);
    sumRest += dRr[i] as number;
  }
  // The first difference does not exist; the references set it to the mean of the rest.
  if (n > 1) dRr[0] = sumRest / (n - 1);
  const medMs = rollingCentredMedian(rrMs, medianHalf);
  const th1Qd = rollingQuartileDeviation(absolute(dRr), qdHalf);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const th1 = thresholdFromQd(th1Qd[i] as number);
    const med = medMs[i] as number;
    d[i] = normalise(dRr[i] as number, flooredThreshold(th1, med, DETECTION.th1FloorFraction));
    e[i] = normalise(dRr[i] as number, flooredThreshold(th1, med, DETECTION.ectopicFloorFraction));
  }

  const mRr = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const dev = (rrMs[i] as number) - (medMs[i] as number);
    mRr[i] = dev < 0 ? 2 * dev : dev;
  }
  const th2Qd = rollingQuartileDeviation(absolute(mRr), qdHalf);
  const th2Ms = new Float64Array(n);
  for (let i = 0; i < n; i++) th2Ms[i] = thresholdFromQd(th2Qd[i] as number);

  const raw = new Uint8Array(n);
  const features: BeatFeatures = {
    dPrev: 0, d: 0, dNext: 0, dNext2: 0, hasNext2: false, ePrev: 0, e: 0, eNext: 0, m: 0, rrMs: 0, nextRrMs: 0, medMs: 0,
    th2Ms: 0, allowEctopic: false, allowLongShort: false,
  };
  for (let j = 0; j < n; j++) {
    features.dPrev = j > 0 ? (d[j - 1] as number) : 0;
    features.d = d[j] as number;
    features.dNext = j + 1 < n ? (d[j + 1] as number) : 0;
    features.dNext2 = j + 2 < n ? (d[j + 2] as number) : 0;
    features.hasNext2 = j + 2 < n;
    features.ePrev = j > 0 ? (e[j - 1] as number) : 0;
    features.e = e[j] as number;
    features.eNext = j + 1 < n ? (e[j + 1] as number) : 0;
    features.m = normalise(mRr[j] as number, flooredThreshold(th2Ms[j] as number, medMs[j] as number, DETECTION.th2FloorFraction));
    features.rrMs = rrMs[j] as number;
    features.nextRrMs = j + 1 < n ? (rrMs[j + 1] as number) : Number.NaN;
    features.medMs = medMs[j] as number;
    features.th2Ms = th2Ms[j] as number;
    features.allowEctopic = j >= 2 && j < n - 2;
    features.allowLongShort = j > 0 && j < n - 1;
    raw[j] = classifyBeat(features);
  }

  const codes = new Uint8Array(n);
  let prev: number = KIND_CODE.none;
  for (let j = 0; j < n; j++) {
    const next = j + 1 < n ? (raw[j + 1] as number) : KIND_CODE.none;
    prev = reconcileKind(prev, raw[j] as number, next);
    codes[j] = prev;
  }
  return { codes, medMs, th2Ms, ...summariseCodes(codes) };
}

export function summariseCodes(codes: Uint8Array): { counts: ArtifactCounts; indices: ArtifactIndices } {
  const indices: ArtifactIndices = { ectopic: [], missed: [], extra: [], long: [], short: [] };
  for (let j = 0; j < codes.length; j++) {
    const kind = KIND_BY_CODE[codes[j] as number];
    if (kind) indices[kind].push(j);
  }
  const counts: ArtifactCounts = { ectopic: 0, missed: 0, extra: 0, long: 0, short: 0, total: 0, percent: 0 };
  for (const kind of ARTIFACT_KINDS) {
    counts[kind] = indices[kind].length;
    counts.total += counts[kind];
  }
  counts.percent = codes.length > 0 ? (100 * counts.total) / codes.length : 0;
  return { counts, indices };
}

/**
 * Beats whose RR is not trustworthy as measured: flagged beats, the premature interval before an
 * ectopic call, and the interval merged into an extra call.
 */
export function excludedBeats(codes: Uint8Array): Uint8Array {
  const mask = new Uint8Array(codes.length);
  for (let j = 0; j < codes.length; j++) {
    const code = codes[j] as number;
    if (code === KIND_CODE.none) continue;
    mask[j] = 1;
    if (code === KIND_CODE.ectopic && j > 0) mask[j - 1] = 1;
    if (code === KIND_CODE.extra && j + 1 < codes.length) mask[j + 1] = 1;
  }
  return mask;
}

function absolute(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.abs(values[i] as number);
  return out;
}
