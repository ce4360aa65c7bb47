import { describe, expect, it } from 'vitest';
import { addDays, calendarDays, daysBetween, isLocalDate, isoInstant, isoWeekStart, localDayAt, wallClockAt } from './local-day';

describe('localDayAt', () => {
  it('gives the calendar day in the zone, not in UTC', () => {
    // 11:30 UTC on 1 Dec is 00:30 on 2 Dec in Auckland (summer, +13:00).
    expect(localDayAt(Date.parse('2026-12-01T11:30:00Z'), 'Pacific/Auckland')).toEqual({ localDate: '2026-12-02', utcOffsetMin: 780 });
    // 05:00 UTC on 2 Dec is 21:00 on 1 Dec in Los Angeles (-08:00).
    expect(localDayAt(Date.parse('2026-12-02T05:00:00Z'), 'America/Los_Angeles')).toEqual({ localDate: '2026-12-01', utcOffsetMin: -480 });
    expect(localDayAt(Date.parse('2026-12-02T05:00:00Z'), 'UTC')).toEqual({ localDate: '2026-12-02', utcOffsetMin: 0 });
  });

  it('follows summer time in Amsterdam, both ways', () => {
    // Summer time starts 29 March 2026 at 01:00 UTC (02:00 → 03:00 local).
    expect(localDayAt(Date.parse('2026-03-29T00:59:59Z'), 'Europe/Amsterdam')).toEqual({ localDate: '2026-03-29', utcOffsetMin: 60 });
    expect(localDayAt(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Amsterdam')).toEqual({ localDate: '2026-03-29', utcOffsetMin: 120 });
    // It ends 25 October 2026 at 01:00 UTC (03:00 → 02:00 local).
    expect(localDayAt(Date.parse('2026-10-25T00:30:00Z'), 'Europe/Amsterdam')).toEqual({ localDate: '2026-10-25', utcOffsetMin: 120 });
    expect(localDayAt(Date.parse('2026-10-25T01:30:00Z'), 'Europe/Amsterdam')).toEqual({ localDate: '2026-10-25', utcOffsetMin: 60 });
    // 22:30 UTC is already the next day in summer (00:30), still the same day in winter (23:30).
    expect(localDayAt(Date.parse('2026-07-01T22:30:00Z'), 'Europe/Amsterdam').localDate).toBe('2026-07-02');
    expect(localDayAt(Date.parse('2026-01-01T22:30:00Z'), 'Europe/Amsterdam').localDate).toBe('2026-01-01');
  });

  it('keeps whole minutes for an instant with milliseconds', () => {
    expect(localDayAt(Date.parse('2026-12-01T08:00:00.999Z'), 'Asia/Kolkata')).toEqual({ localDate: '2026-12-01', utcOffsetMin: 330 });
  });
});

describe('date arithmetic on calendar days', () => {
  it('adds days across months, years and summer-time changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(calendarDays('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(calendarDays('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('starts weeks on Monday', () => {
    expect(isoWeekStart('2026-12-02')).toBe('2026-11-30'); // a Wednesday
    expect(isoWeekStart('2026-11-30')).toBe('2026-11-30'); // a Monday
    expect(isoWeekStart('2026-12-06')).toBe('2026-11-30'); // a Sunday
  });

  it('knows a real date from a malformed one', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-2-3')).toBe(false);
  });
});

describe('wallClockAt', () => {
  it('shows an instant as the clock on the wall in the zone, summer time included', () => {
    expect(wallClockAt(Date.parse('2026-01-18T05:45:10Z'), 'Europe/Amsterdam')).toBe('2026-01-18T06:45');
    expect(wallClockAt(Date.parse('2026-07-18T05:45:10Z'), 'Europe/Amsterdam')).toBe('2026-07-18T07:45');
    expect(wallClockAt(Date.parse('2026-01-18T05:45:10Z'), 'UTC')).toBe('2026-01-18T05:45');
  });
});

describe('isoInstant', () => {
  it('writes exactly what toISOString writes, over every year it formats itself and beyond', () => {
    const samples: number[] = [0, -1, 1, Date.UTC(2000, 1, 29, 23, 59, 59, 999), Date.UTC(2100, 2, 1), Date.UTC(0, 0, 1) - 1, Date.UTC(9999, 11, 31, 23, 59, 59, 999), 8.64e15, -8.64e15];
    samples[samples.length] = new Date('0000-01-01T00:00:00.000Z').getTime();
    samples[samples.length] = new Date('+010000-01-01T00:00:00.000Z').getTime();
    // About one instant a day from year 0 to 9999, at a time of day that drifts by 3 ms each step.
    for (let ms = Date.parse('0000-01-01T00:00:00Z') - 3 * 86_400_000; ms < Date.parse('+010000-01-03T00:00:00Z'); ms += 86_399_997) samples.push(ms);
    const mismatches = samples.filter((ms) => isoInstant(ms) !== new Date(ms).toISOString());
    expect(mismatches).toEqual([]);
    expect(isoInstant(Date.parse('2026-12-02T07:00:00.042Z'))).toBe('2026-12-02T07:00:00.042Z');
    expect(() => isoInstant(Number.NaN)).toThrow(RangeError);
  });
});
