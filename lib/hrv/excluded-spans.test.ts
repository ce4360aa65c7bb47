import { describe, expect, it } from 'vitest';
import { ExcludedSpans } from './excluded-spans';

describe('ExcludedSpans', () => {
  const spans = new ExcludedSpans([
    { start: 50, end: 60 },
    { start: 10, end: 20 },
    { start: 15, end: 30 },
    { start: 70, end: 70 },
  ]);

  it.each([
    [0, 10, false, 'ends exactly where a span starts'],
    [0, 11, true, 'reaches into a span'],
    [30, 40, false, 'starts exactly where merged spans end'],
    [25, 35, true, 'starts inside the merged span 10–30'],
    [40, 49, false, 'between spans'],
    [5, 80, true, 'covers spans'],
    [65, 75, true, 'contains a zero-length span'],
    [70, 75, false, 'starts at a zero-length span'],
  ])('(%d, %d] → %s (%s)', (from, to, expected) => {
    expect(spans.overlaps(from, to)).toBe(expected);
  });

  it('answers whether a span begins between two beats', () => {
    expect(spans.startsWithin(40, 50)).toBe(false);
    expect(spans.startsWithin(40, 51)).toBe(true);
    expect(spans.startsWithin(10, 12)).toBe(true);
    expect(spans.startsWithin(11, 49)).toBe(false);
  });

  it('ignores spans that end before they start', () => {
    expect(new ExcludedSpans([{ start: 20, end: 10 }]).overlaps(0, 100)).toBe(false);
  });
});
