import { describe, expect, it } from 'vitest';
import { addDays } from './local-day';
import { buildDaySeries, buildWeeks, dayTotalsOf, dayTotalsOfSorted, normalRange, readTrend, rollingMean, type DayTotals } from './series';

const at = (iso: string) => Date.parse(iso);
const lnMap = (entries: [string, number][]) => new Map(entries);

describe('the daily value', () => {
  it("is the first session's of the day whose baseline passed, and the day sums every session", () => {
    const totals = dayTotalsOf(
      [
        // Listed out of order: the start decides which is first.
        { id: 'evening-1', startedAtMs: at('2026-12-01T18:00:00Z'), baselineLnRmssd: 4.1, practiceMinutes: 10 },
        { id: 'morning-1', startedAtMs: at('2026-12-01T07:00:00Z'), baselineLnRmssd: 3.5, practiceMinutes: 0 },
        // 2 Dec: the morning's baseline was flagged, the evening's counts.
        { id: 'morning-2', startedAtMs: at('2026-12-02T07:00:00Z'), baselineLnRmssd: null, practiceMinutes: 0 },
        { id: 'evening-2', startedAtMs: at('2026-12-02T19:00:00Z'), baselineLnRmssd: 3.9, practiceMinutes: 5.5 },
        // 3 Dec: nothing passed.
        { id: 'morning-3', startedAtMs: at('2026-12-03T07:00:00Z'), baselineLnRmssd: null, practiceMinutes: 12 },
      ],
      'UTC',
    );
    expect(totals).toEqual([
      { date: '2026-12-01', dailyLnRmssd: 3.5, sessionId: 'morning-1', minutes: 10, sessions: 2 },
      { date: '2026-12-02', dailyLnRmssd: 3.9, sessionId: 'evening-2', minutes: 5.5, sessions: 2 },
      { date: '2026-12-03', dailyLnRmssd: null, sessionId: null, minutes: 12, sessions: 1 },
    ]);
  });

  it('sums stored days in the order the trend query reads them: the first passed session of the day gives its value', () => {
    const totals = dayTotalsOfSorted([
      { id: 'morning-1', localDate: '2026-12-01', baselineLnRmssd: 3.5, practiceMinutes: 0 },
      { id: 'evening-1', localDate: '2026-12-01', baselineLnRmssd: 4.1, practiceMinutes: 10 },
      { id: 'morning-2', localDate: '2026-12-02', baselineLnRmssd: null, practiceMinutes: 0 },
      { id: 'evening-2', localDate: '2026-12-02', baselineLnRmssd: 3.9, practiceMinutes: 5.5 },
      { id: 'late-2', localDate: '2026-12-02', baselineLnRmssd: 3.2, practiceMinutes: 2 },
      { id: 'morning-4', localDate: '2026-12-04', baselineLnRmssd: null, practiceMinutes: 12 },
    ]);
    expect(totals).toEqual([
      { date: '2026-12-01', dailyLnRmssd: 3.5, sessionId: 'morning-1', minutes: 10, sessions: 2 },
      { date: '2026-12-02', dailyLnRmssd: 3.9, sessionId: 'evening-2', minutes: 7.5, sessions: 3 },
      { date: '2026-12-04', dailyLnRmssd: null, sessionId: null, minutes: 12, sessions: 1 },
    ]);
    expect(dayTotalsOfSorted([])).toEqual([]);
  });

  it("counts sessions on the person's own day where it differs from UTC's", () => {
    const sessions = [
      // 11:30 UTC on 1 Dec and 21:00 UTC on 1 Dec: 00:30 and 10:00 on 2 Dec in Auckland (+13:00).
      { startedAtMs: at('2026-12-01T11:30:00Z'), baselineLnRmssd: 3.2, practiceMinutes: 0 },
      { startedAtMs: at('2026-12-01T21:00:00Z'), baselineLnRmssd: 3.8, practiceMinutes: 5 },
    ];
    expect(dayTotalsOf(sessions, 'UTC').map((d) => d.date)).toEqual(['2026-12-01']);
    expect(dayTotalsOf(sessions, 'Pacific/Auckland')).toEqual([{ date: '2026-12-02', dailyLnRmssd: 3.2, sessionId: null, minutes: 5, sessions: 2 }]);
    // 04:00 UTC on 2 Dec is 20:00 on 1 Dec in Los Angeles: the evening session there, the morning one in UTC.
    const la = dayTotalsOf([{ startedAtMs: at('2026-12-02T04:00:00Z'), baselineLnRmssd: 3.0, practiceMinutes: 0 }], 'America/Los_Angeles');
    expect(la.map((d) => d.date)).toEqual(['2026-12-01']);
  });

  it('keeps the days right across the change to and from summer time in Amsterdam', () => {
    const totals = dayTotalsOf(
      [
        // 23:30 local on 28 March (+01:00), then 00:30 local on 30 March (+02:00): 22:30 UTC each time.
        { startedAtMs: at('2026-03-28T22:30:00Z'), baselineLnRmssd: 3.1, practiceMinutes: 0 },
        { startedAtMs: at('2026-03-29T22:30:00Z'), baselineLnRmssd: 3.2, practiceMinutes: 0 },
        // 25 October, the 25-hour day: 00:30 and 23:30 local are 22:30 UTC the day before and 22:30 UTC that day.
        { startedAtMs: at('2026-10-24T22:30:00Z'), baselineLnRmssd: 3.3, practiceMinutes: 0 },
        { startedAtMs: at('2026-10-25T22:30:00Z'), baselineLnRmssd: 3.4, practiceMinutes: 0 },
      ],
      'Europe/Amsterdam',
    );
    expect(totals.map((d) => [d.date, d.dailyLnRmssd])).toEqual([
      ['2026-03-28', 3.1],
      ['2026-03-30', 3.2],
      ['2026-10-25', 3.3],
    ]);
    expect(totals[2]?.sessions).toBe(2);
  });
});

describe('the 7-day rolling mean', () => {
  const values = lnMap([
    ['2026-12-01', 3.0],
    ['2026-12-02', 3.3],
    ['2026-12-04', 3.9],
  ]);

  it('is the mean of the days in the 7 ending on the date that have a value, from 3 of them', () => {
    expect(rollingMean(values, '2026-12-03')).toBeNull(); // two values
    expect(rollingMean(values, '2026-12-04')).toBeCloseTo(3.4, 12);
    expect(rollingMean(values, '2026-12-07')).toBeCloseTo(3.4, 12); // 1–7 Dec, the gap left out
    expect(rollingMean(values, '2026-12-08')).toBeNull(); // 2–8 Dec: two values
  });
});

describe('the normal range', () => {
  // 3.1, 3.2 … 4.4 on 14 consecutive days ending 14 Dec: mean 3.75, sample variance 17.5 × 0.01.
  const fourteen = lnMap(Array.from({ length: 14 }, (_, i): [string, number] => [addDays('2026-12-01', i), 3 + (i + 1) / 10]));
  const half = 0.5 * Math.sqrt(0.175);

  it('is the mean ∓ 0.5 sample SD over the 60 days ending on the date, from 14 values', () => {
    const range = normalRange(fourteen, '2026-12-14');
    expect(range?.low).toBeCloseTo(3.75 - half, 12);
    expect(range?.high).toBeCloseTo(3.75 + half, 12);
    expect(normalRange(fourteen, '2026-12-13')).toBeNull(); // 13 values
    // Still all 14 within the 60 days ending 29 Jan (1 Dec + 59); one drops out on 30 Jan.
    expect(normalRange(fourteen, '2027-01-29')?.low).toBeCloseTo(3.75 - half, 12);
    expect(normalRange(fourteen, '2027-01-30')).toBeNull();
  });

  it('looks back before the first day of the range', () => {
    const totals: DayTotals[] = [...fourteen].map(([date, ln]) => ({ date, dailyLnRmssd: ln, sessionId: `s-${date}`, minutes: 0, sessions: 1 }));
    const series = buildDaySeries(totals, '2026-12-14', '2026-12-15');
    expect(series.map((d) => d.date)).toEqual(['2026-12-14', '2026-12-15']);
    expect(series[0]?.normalHigh).toBeCloseTo(3.75 + half, 12);
    expect(series[0]?.rolling7).toBeCloseTo((3.8 + 3.9 + 4.0 + 4.1 + 4.2 + 4.3 + 4.4) / 7, 12);
    expect(series[1]).toMatchObject({ dailyLnRmssd: null, minutes: 0, sessions: 0 });
    expect(series[1]?.rolling7).toBeCloseTo((3.9 + 4.0 + 4.1 + 4.2 + 4.3 + 4.4) / 6, 12);
  });
});

describe('the reading', () => {
  const day = (rolling7: number | null, normalLow: number | null, normalHigh: number | null) => ({ rolling7, normalLow, normalHigh });

  it('compares the last day that has both a rolling mean and a range', () => {
    expect(readTrend([day(3.5, 3.4, 3.6)])).toBe('within');
    expect(readTrend([day(3.7, 3.4, 3.6)])).toBe('above');
    expect(readTrend([day(3.3, 3.4, 3.6)])).toBe('below');
    expect(readTrend([day(3.6, 3.4, 3.6)])).toBe('within'); // on the edge is within
    expect(readTrend([day(3.3, 3.4, 3.6), day(null, 3.4, 3.6), day(3.5, null, null)])).toBe('below');
    expect(readTrend([day(3.5, null, null), day(null, 3.4, 3.6)])).toBe('not-enough-data');
    expect(readTrend([])).toBe('not-enough-data');
  });
});

describe('weeks', () => {
  it('run Monday to Sunday, count a whole first week and the days with practice', () => {
    const totals: DayTotals[] = [
      { date: '2026-11-29', dailyLnRmssd: null, sessionId: null, minutes: 3, sessions: 1 }, // Sunday, the week before the range
      { date: '2026-11-30', dailyLnRmssd: 3.5, sessionId: null, minutes: 0, sessions: 1 }, // a reading only: not practised
      { date: '2026-12-02', dailyLnRmssd: 3.4, sessionId: null, minutes: 6, sessions: 2 },
      { date: '2026-12-06', dailyLnRmssd: null, sessionId: null, minutes: 4.5, sessions: 1 },
      { date: '2026-12-07', dailyLnRmssd: null, sessionId: null, minutes: 10, sessions: 1 },
    ];
    expect(buildWeeks(totals, '2026-12-02', '2026-12-08')).toEqual([
      { weekStart: '2026-11-30', minutes: 10.5, sessions: 4, daysPractised: 2 },
      { weekStart: '2026-12-07', minutes: 10, sessions: 1, daysPractised: 1 },
    ]);
  });
});
