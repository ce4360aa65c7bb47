import { describe, expect, it } from 'vitest';
import type { TrendDay } from '@/lib/trends/types';
import { isOutsideBand, latestReadingDay, morningsNeeded, tagMeans } from './trend-figures';

const day = (date: string, over: Partial<TrendDay> = {}): TrendDay => ({
  date, dailyLnRmssd: null, sessionId: null, rolling7: null, normalLow: null, normalHigh: null, minutes: 0, sessions: 0, tags: [], notes: [], ...over,
});

describe('morningsNeeded', () => {
  it('counts what the 60-day range still lacks', () => {
    const days = Array.from({ length: 10 }, (_, i) => day(`2026-11-${String(i + 1).padStart(2, '0')}`, { dailyLnRmssd: 4 }));
    expect(morningsNeeded(days)).toBe(4);
  });
  it('counts what the 7-day mean lacks when the range has enough', () => {
    const old = Array.from({ length: 20 }, (_, i) => day(`d${i}`, { dailyLnRmssd: 4 }));
    const gap = Array.from({ length: 6 }, (_, i) => day(`g${i}`));
    expect(morningsNeeded([...old, ...gap, day('last', { dailyLnRmssd: 4 })])).toBe(2);
  });
  it('is zero on an empty answer only when nothing is missing', () => {
    expect(morningsNeeded([])).toBe(14);
  });
});

describe('latestReadingDay and isOutsideBand', () => {
  it('finds the last day with a mean and a range and marks it outside when the mean leaves the band', () => {
    const a = day('a', { rolling7: 4.5, normalLow: 4, normalHigh: 4.2 });
    const b = day('b', { rolling7: 4.1 });
    expect(latestReadingDay([a, b])).toBe(a);
    expect(isOutsideBand(a)).toBe(true);
    expect(isOutsideBand(day('c', { rolling7: 4.1, normalLow: 4, normalHigh: 4.2 }))).toBe(false);
    expect(isOutsideBand(b)).toBe(false);
  });
});

describe('tagMeans', () => {
  it('averages tagged mornings and places the mean against their ranges', () => {
    const days = [
      day('1', { dailyLnRmssd: 3.8, normalLow: 4, normalHigh: 4.4, tags: ['alcohol'] }),
      day('2', { dailyLnRmssd: 3.6, normalLow: 4, normalHigh: 4.4, tags: ['alcohol', 'alcohol'] }),
      day('3', { dailyLnRmssd: 4.2, tags: ['walk'] }),
      day('4', { tags: ['alcohol'] }),
    ];
    const means = tagMeans(days);
    expect(means[0]).toMatchObject({ tag: 'alcohol', days: 2, position: 'below' });
    expect(means[0]!.meanLnRmssd).toBeCloseTo(3.7, 10);
    expect(means[1]).toEqual({ tag: 'walk', days: 1, meanLnRmssd: 4.2, position: null });
  });
});
