import { classifyBeat, DETECTION, flooredThreshold, normalise, reconcileKind, thresholdFromQd, type BeatFeatures } from './artifact-rules';
import { SortedWindow } from './rolling-quantile';
import { KIND_CODE } from './types';

/** Beats needed after j before its flag is final: Th2 at j needs |mRR| up to j + 45, whose median needs j + 50. */
export const FINAL_LAG = DETECTION.qdHalf + DETECTION.medianHalf + 1;
const CAPACITY = 256; // ≥ 2 · qd window + median half-width, power of two for masking
const MASK = CAPACITY - 1;

/**
 * The batch detector run incrementally: each rolling window is a sorted window that gains one value
 * and loses one per beat, so the cost per beat is constant. The decision for beat j is taken once
 * the centred windows around it are complete, with the very same `classifyBeat` as the batch code,
 * so final flags equal the batch flags away from the series edges.
 */
export class StreamingDetector {
  private readonly rr = new Float64Array(CAPACITY);
  private readonly absD = new Float64Array(CAPACITY);
  private readonly dRr = new Float64Array(CAPACITY);
  private readonly th1 = new Float64Array(CAPACITY);
  private readonly med = new Float64Array(CAPACITY);
  private readonly mRr = new Float64Array(CAPACITY);
  private readonly absM = new Float64Array(CAPACITY);
  private readonly th2 = new Float64Array(CAPACITY);
  private readonly raw = new Uint8Array(CAPACITY);
  private readonly finalCode = new Uint8Array(CAPACITY);
  private readonly dWindow = new SortedWindow(2 * DETECTION.qdHalf + 1);
  private readonly mWindow = new SortedWindow(2 * DETECTION.qdHalf + 1);
  private readonly medWindow = new SortedWindow(2 * DETECTION.medianHalf + 1);
  private readonly features: BeatFeatures = {
    dPrev: 0, d: 0, dNext: 0, dNext2: 0, hasNext2: true, ePrev: 0, e: 0, eNext: 0, m: 0, rrMs: 0, nextRrMs: 0, medMs: 0,
    th2Ms: 0, allowEctopic: false, allowLongShort: false,
  };
  /** Beats pushed so far; the next beat gets this index. */
  count = 0;

  /** Adds beat `count` and returns the index whose flag just became final, or −1. */
  push(rrMs: number): number {
    const m = this.count++;
    const { qdHalf, medianHalf } = DETECTION;
    const span = 2 * qdHalf + 1;
    this.rr[m & MASK] = rrMs;
    // The first difference does not exist; 0 stands in (batch uses the mean of all later ones).
    const dRr = m > 0 ? rrMs - (this.rr[(m - 1) & MASK] as number) : 0;
    this.dRr[m & MASK] = dRr;
    this.absD[m & MASK] = Math.abs(dRr);
    if (m >= span) this.dWindow.replace(this.absD[(m - span) & MASK] as number, Math.abs(dRr));
    else this.dWindow.insert(Math.abs(dRr));
    if (m >= qdHalf) this.th1[(m - qdHalf) & MASK] = thresholdFromQd(quartileDeviation(this.dWindow));

    const medSpan = 2 * medianHalf + 1;
    if (m >= medSpan) this.medWindow.replace(this.rr[(m - medSpan) & MASK] as number, rrMs);
    else this.medWindow.insert(rrMs);
    if (m >= medianHalf) this.pushMedian(m - medianHalf, this.medWindow.quantile(0.5));

    const j = m - FINAL_LAG + 1;
    if (j >= 0) this.raw[j & MASK] = this.classify(j);
    const f = j - 1;
    if (f < 0) return -1;
    const prev = f > 0 ? (this.finalCode[(f - 1) & MASK] as number) : KIND_CODE.none;
    this.finalCode[f & MASK] = reconcileKind(prev, this.raw[f & MASK] as number, this.raw[j & MASK] as number);
    return f;
  }

  finalKind(index: number): number {
    return this.finalCode[index & MASK] as number;
  }

  rrAt(index: number): number {
    return this.rr[index & MASK] as number;
  }

  /**
   * A cheap provisional class for one of the newest beats, from the latest windows (not yet centred
   * on it) and with S22 unknown. It lets the live view drop an obvious missed beat at once.
   */
  provisionalKind(index: number): number {
    const last = this.count - 1;
    if (index < 1 || index > last) return KIND_CODE.none;
    const med = this.medWindow.quantile(0.5);
    const th1Reference = thresholdFromQd(quartileDeviation(this.dWindow));
    const th1 = flooredThreshold(th1Reference, med, DETECTION.th1FloorFraction);
    const th1Ectopic = flooredThreshold(th1Reference, med, DETECTION.ectopicFloorFraction);
    const th2 = this.mWindow.size > 0 ? thresholdFromQd(quartileDeviation(this.mWindow)) : th1Reference;
    const dev = (this.rr[index & MASK] as number) - med;
    const dPrev = this.dRr[(index - 1) & MASK] as number;
    const dHere = this.dRr[index & MASK] as number;
    const dNext = index < last ? (this.dRr[(index + 1) & MASK] as number) : 0;
    const f = this.features;
    f.dPrev = normalise(dPrev, th1);
    f.d = normalise(dHere, th1);
    f.dNext = normalise(dNext, th1);
    f.dNext2 = 0;
    f.hasNext2 = false;
    f.ePrev = normalise(dPrev, th1Ectopic);
    f.e = normalise(dHere, th1Ectopic);
    f.eNext = normalise(dNext, th1Ectopic);
    // The median here trails the beat instead of being centred on it, so it lags behind a slow breathing
    // swing and |mRR| alone would call the newest beats of every down-swing "short": a provisional call
    // from mRR also needs the beat's own difference over Th1, as a missed or extra beat always has.
    f.m = Math.abs(f.d) > 1 ? normalise(dev < 0 ? 2 * dev : dev, flooredThreshold(th2, med, DETECTION.th2FloorFraction)) : 0;
    f.rrMs = this.rr[index & MASK] as number;
    f.nextRrMs = index < last ? (this.rr[(index + 1) & MASK] as number) : Number.NaN;
    f.medMs = med;
    f.th2Ms = th2;
    f.allowEctopic = index >= 2 && index < last;
    f.allowLongShort = true;
    return classifyBeat(f);
  }

  private pushMedian(k: number, med: number): void {
    const { qdHalf } = DETECTION;
    const span = 2 * qdHalf + 1;
    this.med[k & MASK] = med;
    const dev = (this.rr[k & MASK] as number) - med;
    const mRr = dev < 0 ? 2 * dev : dev;
    this.mRr[k & MASK] = mRr;
    this.absM[k & MASK] = Math.abs(mRr);
    if (k >= span) this.mWindow.replace(this.absM[(k - span) & MASK] as number, Math.abs(mRr));
    else this.mWindow.insert(Math.abs(mRr));
    if (k >= qdHalf) this.th2[(k - qdHalf) & MASK] = thresholdFromQd(quartileDeviation(this.mWindow));
  }

  private classify(j: number): number {
    const f = this.features;
    const { th1FloorFraction, ectopicFloorFraction, th2FloorFraction } = DETECTION;
    const over = (i: number, fraction: number): number =>
      normalise(this.dRr[i & MASK] as number, flooredThreshold(this.th1[i & MASK] as number, this.med[i & MASK] as number, fraction));
    f.dPrev = j > 0 ? over(j - 1, th1FloorFraction) : 0;
    f.d = over(j, th1FloorFraction);
    f.dNext = over(j + 1, th1FloorFraction);
    f.dNext2 = over(j + 2, th1FloorFraction);
    f.hasNext2 = true;
    f.ePrev = j > 0 ? over(j - 1, ectopicFloorFraction) : 0;
    f.e = over(j, ectopicFloorFraction);
    f.eNext = over(j + 1, ectopicFloorFraction);
    f.medMs = this.med[j & MASK] as number;
    f.th2Ms = this.th2[j & MASK] as number;
    f.m = normalise(this.mRr[j & MASK] as number, flooredThreshold(f.th2Ms, f.medMs, th2FloorFraction));
    f.rrMs = this.rr[j & MASK] as number;
    f.nextRrMs = this.rr[(j + 1) & MASK] as number;
    f.allowEctopic = j >= 2;
    f.allowLongShort = j > 0;
    return classifyBeat(f);
  }
}

function quartileDeviation(window: SortedWindow): number {
  return (window.quantile(0.75) - window.quantile(0.25)) / 2;
}
