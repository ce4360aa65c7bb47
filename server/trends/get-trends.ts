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

export async function getTrends(viewer: Viewer, { days = defaultTrendRange, todayOverride, ownerId = viewer.userId }: TrendOptions = {}): Promise<Trends> {
  const person = { ownerId };
  const settings = await getTrendSettings(viewer, person);
  const timeZone = settings?.timeZone ?? defaultZone;
  const goalMinutesPerDay = settings?.dailyGoalMinutes ?? dailyGoalLimits.defaultMinutes;
  const today = todayOverride ?? localDayAt(Date.now(), timeZone).localDate;
  const empty: Trends = { timeZone, goalMinutesPerDay, days: [], sessions: [], weeks: [], reading: 'not-enough-data' };

  // Everything (days = 0) starts at the first session: there is nothing before it to look back over, so
  // the read goes without a lower bound and the first day totalled says where the range starts.
  const rangeFrom = days > 0 ? addDays(today, -(days - 1)) : null;
  // The normal range on the range's first day looks 60 days back; the first week may start before it.
  // One read covers both: the days before the range count in the sums, their sessions are not listed.
  const lookBackFrom = rangeFrom === null ? null : addDays(rangeFrom, -(normalWindowDays - 1));
  const readRows = await listTrendSessions(viewer, lookBackFrom, today, person);
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
