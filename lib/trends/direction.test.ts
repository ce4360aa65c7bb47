import { describe, expect, it } from 'vitest';
import { trendDirection } from './direction';

const days = (entries: [string, number][]) => new Map(entries);

describe('trendDirection', () => {
  const lastWeek: [string, number][] = [
    ['2026-12-01', 3.5],
    ['2026-12-02', 3.5],
    ['2026-12-03', 3.5],
  ];

  it('compares the 7-day mean ending today with the one ending a week earlier', () => {
    // Last week's window ends on 3 Dec (today − 7); this week's on 10 Dec.
    expect(trendDirection(days([...lastWeek, ['2026-12-08', 3.7], ['2026-12-09', 3.6], ['2026-12-10', 3.65]]), '2026-12-10')).toBe('up');
    expect(trendDirection(days([...lastWeek, ['2026-12-08', 3.3], ['2026-12-09', 3.4], ['2026-12-10', 3.35]]), '2026-12-10')).toBe('down');
  });

  it('is flat within ±0.05 ln units', () => {
    expect(trendDirection(days([...lastWeek, ['2026-12-08', 3.54], ['2026-12-09', 3.54], ['2026-12-10', 3.54]]), '2026-12-10')).toBe('flat');
    expect(trendDirection(days([...lastWeek, ['2026-12-08', 3.46], ['2026-12-09', 3.46], ['2026-12-10', 3.46]]), '2026-12-10')).toBe('flat');
  });

  it('is null when either week has fewer than 3 days with a value', () => {
    expect(trendDirection(days([...lastWeek, ['2026-12-09', 3.9], ['2026-12-10', 3.9]]), '2026-12-10')).toBeNull();
    expect(trendDirection(days([['2026-12-02', 3.5], ['2026-12-08', 3.9], ['2026-12-09', 3.9], ['2026-12-10', 3.9]]), '2026-12-10')).toBeNull();
  });
});
