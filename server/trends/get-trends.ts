import 'server-only';
// A person's trend (README → Interfaces → Trends): one read of the sessions, from which lib/trends sums
// each day and does the rolling mean, the normal range and the reading. The /trends page and
// GET /api/trends both call this.
import { dailyGoalLimits } from '@/db/queries/preferences';
import { getTrendSettings, listTrendSessions, type TrendSessionRow } from '@/db/queries/trends';
import type { Viewer } from '@/db/viewer';
import { addDays, isoInstant, isoWeekStart, localDayAt } from '@/lib/trends/local-day';
import { buildDaySeries, buildWeeks, dayTotalsOfSorted, normalWindowDays, readTrend } from '@/lib/trends/series';
import { defaultTrendRange, type TrendDay, type TrendRange, type Trends, type TrendSession } from '@/lib/trends/types';

export interface TrendOptions {
  days?: TrendRange;
  /** Whose trend: the viewer's own when absent, else a client's as the viewer may read it (db/access.ts). */
  ownerId?: string;
  /** Today's date (YYYY-MM-DD) in the person's zone instead of the clock's; for tests. */
  todayOverride?: string;
}

/** Days without a zone of their own (nothing uploaded yet) count in UTC, as their first upload would. */
const defaultZone = 'UTC';

function toTrendSession(row: TrendSessionRow): TrendSession {
  return {
    id: row.id,
    startedAt: isoInstant(row.startedAtMs),
    kind: row.kind,
    baselineRmssdMs: row.baselineRmssdMs,
    recoveryRmssdMs: row.recoveryRmssdMs,
    shiftRmssdMs: row.shiftRmssdMs,
    shiftLnRmssd: row.shiftLnRmssd,
    minutes: row.practiceMinutes,
    checkIn: row.checkIn ?? null,
    tags: row.tags,
  };
}

/** The first day a range of `days` ending on `today` reads: the normal range on its first day looks 60 days back. */
function lookBackFromOf(today: string, days: number): string {
  return addDays(today, -(days - 1) - (normalWindowDays - 1));
}

export async function getTrends(viewer: Viewer, { days = defaultTrendRange, todayOverride, ownerId = viewer.userId }: TrendOptions = {}): Promise<Trends> {
  const person = { ownerId };
  // The person's zone says which day is today, but waiting for it before reading the sessions costs a
  // round trip: both go at once, the read over a range that holds every zone's today (they are all within
  // a day of UTC's; two allow for odd zones), and is cut to the exact days once the zone is known.
  const now = Date.now();
  const roughToday = todayOverride ?? isoInstant(now).slice(0, 10);
  const margin = todayOverride === undefined ? 2 : 0;
  const [settings, roughRows] = await Promise.all([
    getTrendSettings(viewer, person),
    listTrendSessions(viewer, days > 0 ? lookBackFromOf(addDays(roughToday, -margin), days) : null, addDays(roughToday, margin), person),
  ]);
  const timeZone = settings?.timeZone ?? defaultZone;
  const goalMinutesPerDay = settings?.dailyGoalMinutes ?? dailyGoalLimits.defaultMinutes;
  const today = todayOverride ?? localDayAt(now, timeZone).localDate;
  const empty: Trends = { timeZone, goalMinutesPerDay, days: [], sessions: [], weeks: [], reading: 'not-enough-data' };

  // Everything (days = 0) starts at the first session: there is nothing before it to look back over, so
  // the read goes without a lower bound and the first day totalled says where the range starts.
  const rangeFrom = days > 0 ? addDays(today, -(days - 1)) : null;
  // One read covers the range and the days its first normal range and first week look back over: those
  // count in the sums, their sessions are not listed.
  const lookBackFrom = days > 0 ? lookBackFromOf(today, days) : null;
  const readRows = margin === 0 ? roughRows : roughRows.filter((row) => row.localDate <= today && (lookBackFrom === null || row.localDate >= lookBackFrom));
  const totals = dayTotalsOfSorted(readRows);
  const from = rangeFrom ?? totals[0]?.date ?? null;
  if (from === null || from > today) return empty;
  const rows: TrendSessionRow[] = rangeFrom === null ? readRows : readRows.filter((row) => row.localDate >= rangeFrom);

  const context = new Map<string, { tags: Set<string>; notes: string[] }>();
  for (const row of rows) {
    if (row.tags.length === 0 && !row.note) continue;
    const day = context.get(row.localDate) ?? { tags: new Set<string>(), notes: [] };
    for (const tag of row.tags) day.tags.add(tag);
    if (row.note) day.notes.push(row.note);
    context.set(row.localDate, day);
  }
  // The day's context added to the day itself (after its other fields, as the answer orders them).
  const series: TrendDay[] = buildDaySeries(totals, from, today).map((day) => {
    const dayContext = context.get(day.date);
    return Object.assign(day, { tags: dayContext ? [...dayContext.tags] : [], notes: dayContext?.notes ?? [] });
  });
  const weekStart = isoWeekStart(from);
  const weekTotals = totals.filter((day) => day.date >= weekStart);
  return {
    timeZone,
    goalMinutesPerDay,
    days: series,
    sessions: rows.map(toTrendSession),
    weeks: buildWeeks(weekTotals, from, today),
    reading: readTrend(series),
  };
}
