// The day-by-day maths of a trend (README → Interfaces → Trends): pure, so the definitions are tested on
// hand-computed values without a database.
import { addDays, calendarDays, isoWeekStart, localDayAt } from './local-day';
import type { TrendReading, TrendWeek } from './types';

export const rollingWindowDays = 7;
export const rollingMinValues = 3;
export const normalWindowDays = 60;
export const normalMinValues = 14;
/** Half a standard deviation: the smallest worthwhile change (after Plews et al. and HRV4Training). */
export const normalHalfWidthSd = 0.5;

/** The day's values as the database sums them; days without sessions are absent. */
export interface DayTotals {
  date: string;
  dailyLnRmssd: number | null;
  /** The session that gave dailyLnRmssd; null when nothing passed that day. */
  sessionId: string | null;
  minutes: number;
  sessions: number;
}

export interface DaySeries {
  date: string;
  dailyLnRmssd: number | null;
  sessionId: string | null;
  rolling7: number | null;
  normalLow: number | null;
  normalHigh: number | null;
  minutes: number;
  sessions: number;
}

/** A session as a day's totals need it. */
export interface SessionForDay {
  id?: string;
  startedAtMs: number;
  /** ln of a baseline that passed the quality checks, else null. */
  baselineLnRmssd: number | null;
  practiceMinutes: number;
}

/**
 * The definition, from the instants: each session on its calendar day in `timeZone`; the day's value is
 * its first session's (by start) whose baseline passed. The server sums stored days with
 * dayTotalsOfSorted (an integration test holds the two equal).
 */
export function dayTotalsOf(sessions: readonly SessionForDay[], timeZone: string): DayTotals[] {
  const byDate = new Map<string, DayTotals & { firstPassedAtMs: number }>();
  for (const session of sessions) {
    const date = localDayAt(session.startedAtMs, timeZone).localDate;
    const day = byDate.get(date) ?? { date, dailyLnRmssd: null, sessionId: null, minutes: 0, sessions: 0, firstPassedAtMs: Infinity };
    day.minutes += session.practiceMinutes;
    day.sessions += 1;
    if (session.baselineLnRmssd !== null && session.startedAtMs < day.firstPassedAtMs) {
      day.dailyLnRmssd = session.baselineLnRmssd;
      day.sessionId = session.id ?? null;
      day.firstPassedAtMs = session.startedAtMs;
    }
    byDate.set(date, day);
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)).map(({ firstPassedAtMs: _first, ...day }) => day);
}

/** A stored session as the server reads it: its day as stored at upload, in the person's zone then. */
export interface StoredSessionForDay {
  id: string;
  localDate: string;
  baselineLnRmssd: number | null;
  practiceMinutes: number;
}

/**
 * The day totals of sessions already in (day, start, id) order, as the trend query reads them: one pass,
 * no sorting and no time-zone look-ups. The day's value is its first passed session's, the minutes are
 * summed oldest first.
 */
export function dayTotalsOfSorted(sessions: readonly StoredSessionForDay[]): DayTotals[] {
  const totals: DayTotals[] = [];
  let day: DayTotals | undefined;
  for (const session of sessions) {
    if (day?.date !== session.localDate) {
      day = { date: session.localDate, dailyLnRmssd: null, sessionId: null, minutes: 0, sessions: 0 };
      totals.push(day);
    }
    day.minutes += session.practiceMinutes;
    day.sessions += 1;
    if (day.sessionId === null && session.baselineLnRmssd !== null) {
      day.dailyLnRmssd = session.baselineLnRmssd;
      day.sessionId = session.id;
    }
  }
  return totals;
}

/** The values of the `windowDays` days ending on `date` (inclusive) that have one. */
function windowValues(byDate: ReadonlyMap<string, number>, date: string, windowDays: number): number[] {
  const values: number[] = [];
  for (let back = 0; back < windowDays; back++) {
    const value = byDate.get(addDays(date, -back));
    if (value !== undefined) values.push(value);
  }
  return values;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Sample standard deviation (n − 1). */
function sampleSd(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1));
}

export function rollingMean(byDate: ReadonlyMap<string, number>, date: string): number | null {
  const values = windowValues(byDate, date, rollingWindowDays);
  return values.length >= rollingMinValues ? mean(values) : null;
}

export function normalRange(byDate: ReadonlyMap<string, number>, date: string): { low: number; high: number } | null {
  const values = windowValues(byDate, date, normalWindowDays);
  if (values.length < normalMinValues) return null;
  const m = mean(values);
  const half = normalHalfWidthSd * sampleSd(values);
  return { low: m - half, high: m + half };
}

/**
 * Gathers into `into` the values of the `windowDays` days ending at index `end` (inclusive) that have one,
 * newest first as windowValues, and says how many: one buffer for every window of a series, not an array
 * per day and window.
 */
function valuesEndingAt(values: readonly (number | null)[], end: number, windowDays: number, into: number[]): number {
  let count = 0;
  for (let i = end; i > end - windowDays && i >= 0; i--) {
    const value = values[i];
    if (value !== null && value !== undefined) into[count++] = value;
  }
  return count;
}

/** mean() of the first `count` values: the same sum in the same order, so the same figure. */
function meanOf(values: readonly number[], count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += values[i]!;
  return sum / count;
}

/** sampleSd() of the first `count` values, likewise. */
function sampleSdOf(values: readonly number[], count: number): number {
  const m = meanOf(values, count);
  let sum = 0;
  for (let i = 0; i < count; i++) sum += (values[i]! - m) ** 2;
  return Math.sqrt(sum / (count - 1));
}

/**
 * Every day from `from` to `to`. `totals` may reach further back than `from` (60 days suffice): the
 * rolling mean and the normal range at the start of the range look back over them. The windows walk an
 * array by day index (the same values in the same order as rollingMean and normalRange, so the same
 * figures), not a date string per day looked back: two years have 50,000 such look-backs.
 */
export function buildDaySeries(totals: readonly DayTotals[], from: string, to: string): DaySeries[] {
  const byDate = new Map(totals.map((t) => [t.date, t]));
  const lookBack = normalWindowDays - 1;
  const dates = calendarDays(addDays(from, -lookBack), to);
  const values = dates.map((date) => byDate.get(date)?.dailyLnRmssd ?? null);
  const rolling: number[] = [];
  const normal: number[] = [];
  const series: DaySeries[] = [];
  for (let i = lookBack; i < dates.length; i++) {
    const date = dates[i]!;
    const day = byDate.get(date);
    const rollingCount = valuesEndingAt(values, i, rollingWindowDays, rolling);
    const normalCount = valuesEndingAt(values, i, normalWindowDays, normal);
    const half = normalCount >= normalMinValues ? normalHalfWidthSd * sampleSdOf(normal, normalCount) : null;
    const normalMean = half === null ? null : meanOf(normal, normalCount);
    series.push({
      date,
      dailyLnRmssd: day?.dailyLnRmssd ?? null,
      sessionId: day?.sessionId ?? null,
      rolling7: rollingCount >= rollingMinValues ? meanOf(rolling, rollingCount) : null,
      normalLow: half === null || normalMean === null ? null : normalMean - half,
      normalHigh: half === null || normalMean === null ? null : normalMean + half,
      minutes: day?.minutes ?? 0,
      sessions: day?.sessions ?? 0,
    });
  }
  return series;
}

/** The last day with both a rolling mean and a normal range decides; without one, not enough data. */
export function readTrend(days: readonly Pick<DaySeries, 'rolling7' | 'normalLow' | 'normalHigh'>[]): TrendReading {
  for (let i = days.length - 1; i >= 0; i--) {
    const { rolling7, normalLow, normalHigh } = days[i]!;
    if (rolling7 === null || normalLow === null || normalHigh === null) continue;
    if (rolling7 > normalHigh) return 'above';
    if (rolling7 < normalLow) return 'below';
    return 'within';
  }
  return 'not-enough-data';
}

/**
 * ISO weeks (Monday first) touching `from`..`to`, oldest first. A week counts all its days up to `to`,
 * also those before `from`, so the first week of a range is not cut short; a day is practised when it
 * has practice minutes.
 */
export function buildWeeks(totals: readonly DayTotals[], from: string, to: string): TrendWeek[] {
  const weeks: TrendWeek[] = [];
  for (let monday = isoWeekStart(from); monday <= to; monday = addDays(monday, 7)) {
    weeks.push({ weekStart: monday, minutes: 0, sessions: 0, daysPractised: 0 });
  }
  // A day's week is the last one starting on or before it: found by walking the weeks alongside the days
  // (oldest first, as the trend sums them) with string comparisons, not by date maths per day.
  let w = 0;
  for (const day of totals) {
    if (day.date > to || weeks.length === 0 || day.date < weeks[0]!.weekStart) continue;
    if (day.date < weeks[w]!.weekStart) w = 0;
    while (w + 1 < weeks.length && weeks[w + 1]!.weekStart <= day.date) w++;
    const week = weeks[w]!;
    week.minutes += day.minutes;
    week.sessions += day.sessions;
    if (day.minutes > 0) week.daysPractised += 1;
  }
  return weeks;
}
