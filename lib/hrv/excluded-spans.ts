/** A stretch of session time to leave out of the analysis (a connection gap or a pause), in any one unit. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Spans merged into sorted, disjoint intervals, so "does this beat touch one?" is a binary search rather
 * than a scan of every span: a session may carry hundreds of gaps and tens of thousands of beats.
 */
export class ExcludedSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: readonly Span[]) {
    const sorted = spans.filter((s) => s.end >= s.start).sort((a, b) => a.start - b.start);
    for (const span of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && span.start <= (this.ends[last] as number)) {
        this.ends[last] = Math.max(this.ends[last] as number, span.end);
      } else {
        this.starts.push(span.start);
        this.ends.push(span.end);
      }
    }
  }

  /**
   * Whether the interval (from, to] — a beat's RR interval — reaches into a span. A beat that ends exactly
   * where a span starts, or starts exactly where one ends, is clear of it.
   */
  overlaps(from: number, to: number): boolean {
    const i = firstAbove(this.ends, from);
    return i < this.ends.length && (this.starts[i] as number) < to;
  }

  /** Whether a span begins in [from, to): between two kept beats, so the line between them must break. */
  startsWithin(from: number, to: number): boolean {
    const i = firstAtOrAbove(this.starts, from);
    return i < this.starts.length && (this.starts[i] as number) < to;
  }
}

function firstAbove(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function firstAtOrAbove(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
