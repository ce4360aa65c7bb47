import { KIND_CODE } from './types';

const CAPACITY = 2048; // beats: 64 s at 300 bpm plus the detector's lag, with room to spare
const MASK = CAPACITY - 1;

/**
 * The newest beats of a live session in a ring buffer, with running sums of squared successive
 * differences over the RMSSD window. A difference counts in the clean sum only when neither beat is
 * part of an artifact and no connection gap lies between them; when a beat's flag changes, only the
 * four differences around it are re-evaluated, so every operation is O(1).
 */
export class BeatWindow {
  private readonly tMs = new Float64Array(CAPACITY);
  private readonly rrMs = new Float64Array(CAPACITY);
  private readonly code = new Uint8Array(CAPACITY);
  private readonly gapBefore = new Uint8Array(CAPACITY);
  private readonly cleanIncluded = new Uint8Array(CAPACITY);
  private newest = -1;
  private start = 0;
  private rawSum = 0;
  private rawCount = 0;
  private cleanSum = 0;
  private cleanCount = 0;

  constructor(private readonly rmssdWindowMs: number) {}

  append(index: number, tMs: number, rrMs: number, gap: boolean): void {
    const slot = index & MASK;
    this.newest = index;
    this.tMs[slot] = tMs;
    this.rrMs[slot] = rrMs;
    this.code[slot] = KIND_CODE.none;
    this.gapBefore[slot] = gap ? 1 : 0;
    this.cleanIncluded[slot] = 0;
    if (index >= 1 && index - 1 >= this.start) {
      if (!gap) {
        this.rawSum += this.diffSq(index);
        this.rawCount++;
      }
      this.refreshDiff(index);
    }
    // Drop beats that left the RMSSD window (and, so the ring never overwrites a live slot, any excess).
    while (this.start < index && (tMs - (this.tMs[this.start & MASK] as number) >= this.rmssdWindowMs || index - this.start >= CAPACITY / 2)) {
      this.dropDiff(this.start + 1);
      this.start++;
    }
  }

  setCode(index: number, code: number): void {
    if (index < 0 || index > this.newest || index <= this.newest - CAPACITY / 2) return;
    if (this.code[index & MASK] === code) return;
    this.code[index & MASK] = code;
    for (let i = index - 1; i <= index + 2; i++) if (i >= 1 && i - 1 >= this.start && i <= this.newest) this.refreshDiff(i);
  }

  codeAt(index: number): number {
    return index <= this.newest && index > this.newest - CAPACITY ? (this.code[index & MASK] as number) : KIND_CODE.none;
  }

  rmssdMs(clean: boolean): number | null {
    const count = clean ? this.cleanCount : this.rawCount;
    const sum = clean ? this.cleanSum : this.rawSum;
    return count > 0 ? Math.sqrt(Math.max(0, sum) / count) : null;
  }

  /** Successive differences behind `rmssdMs(clean)`, and the time the window spans: how much to trust it. */
  rmssdCoverage(clean: boolean): { differences: number; spanMs: number } {
    const spanMs = this.newest > this.start ? (this.tMs[this.newest & MASK] as number) - (this.tMs[this.start & MASK] as number) : 0;
    return { differences: clean ? this.cleanCount : this.rawCount, spanMs };
  }

  recentHrBpm(beats: number): number {
    let sum = 0;
    let used = 0;
    for (let i = this.newest; i >= 0 && i > this.newest - 4 * beats && used < beats; i--) {
      if (this.isExcluded(i)) continue;
      sum += this.rrMs[i & MASK] as number;
      used++;
    }
    if (used === 0) return this.newest >= 0 ? 60000 / (this.rrMs[this.newest & MASK] as number) : Number.NaN;
    return (60000 * used) / sum;
  }

  /** RR of beats later than fromMs (oldest first), artifacts as NaN; null below 30 s of beats. */
  cleanRrSince(fromMs: number): Float64Array | null {
    let first = this.newest;
    // Never across a connection gap: the spectrum would read the missing minutes as one slow wave.
    while (
      first - 1 >= 0 &&
      first - 1 > this.newest - CAPACITY / 2 &&
      (this.tMs[(first - 1) & MASK] as number) > fromMs &&
      this.gapBefore[first & MASK] === 0
    )
      first--;
    if (first > this.newest) return null;
    const out = new Float64Array(this.newest - first + 1);
    let validMs = 0;
    for (let i = first; i <= this.newest; i++) {
      const rr = this.rrMs[i & MASK] as number;
      out[i - first] = this.isExcluded(i) ? Number.NaN : rr;
      if (!this.isExcluded(i)) validMs += rr;
    }
    return validMs >= 30_000 ? out : null;
  }

  private isExcluded(i: number): boolean {
    if ((this.code[i & MASK] as number) !== KIND_CODE.none) return true;
    if (i < this.newest && this.code[(i + 1) & MASK] === KIND_CODE.ectopic) return true;
    return i > 0 && this.code[(i - 1) & MASK] === KIND_CODE.extra;
  }

  private diffSq(i: number): number {
    const d = (this.rrMs[i & MASK] as number) - (this.rrMs[(i - 1) & MASK] as number);
    return d * d;
  }

  private refreshDiff(i: number): void {
    const slot = i & MASK;
    const include = this.gapBefore[slot] === 0 && !this.isExcluded(i - 1) && !this.isExcluded(i) ? 1 : 0;
    if (include === this.cleanIncluded[slot]) return;
    this.cleanIncluded[slot] = include;
    const sq = this.diffSq(i);
    this.cleanSum += include ? sq : -sq;
    this.cleanCount += include ? 1 : -1;
  }

  private dropDiff(i: number): void {
    if (i > this.newest) return;
    const slot = i & MASK;
    const sq = this.diffSq(i);
    if (this.gapBefore[slot] === 0) {
      this.rawSum -= sq;
      this.rawCount--;
    }
    if (this.cleanIncluded[slot]) {
      this.cleanSum -= sq;
      this.cleanCount--;
      this.cleanIncluded[slot] = 0;
    }
  }
}
