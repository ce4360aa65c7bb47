import { describe, expect, it } from 'vitest';
import { rollingCentredQuantiles, SortedWindow } from './rolling-quantile';
import { createRng } from './synthetic';

function naiveQuantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const pos = p * (s.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, s.length - 1);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}

describe('rolling quantiles', () => {
  it('equal a re-sorting implementation, edges included (values with ties)', () => {
    const rng = createRng(3);
    const values = Array.from({ length: 400 }, () => Math.round(rng() * 50));
    const half = 45;
    const [q1, med, q3] = rollingCentredQuantiles(values, half, [0.25, 0.5, 0.75]) as [Float64Array, Float64Array, Float64Array];
    for (let i = 0; i < values.length; i++) {
      const win = values.slice(Math.max(0, i - half), i + half + 1);
      expect(q1[i]).toBeCloseTo(naiveQuantile(win, 0.25), 12);
      expect(med[i]).toBeCloseTo(naiveQuantile(win, 0.5), 12);
      expect(q3[i]).toBeCloseTo(naiveQuantile(win, 0.75), 12);
    }
  });

  it('rejects removing a value that is not in the window', () => {
    const w = new SortedWindow(4);
    w.insert(1);
    w.insert(3);
    expect(() => w.remove(2)).toThrow(RangeError);
    w.remove(3);
    expect(w.size).toBe(1);
    expect(w.quantile(0.5)).toBe(1);
  });
});
