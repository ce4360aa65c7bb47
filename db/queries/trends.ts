import 'server-only';
// What a trend reads: per-day sums and the day's first passed baseline, computed in SQL over the
// (user_id, local_date) index, and the light columns of the sessions in range. Never the beats, never the
// summary JSON. Each read is of one person (`ownerId`, the viewer by default) and only of the sessions the
// viewer may read (db/access.ts): a practitioner's view of a client leaves hidden and unshared sessions out,
// also from the choice of a day's first passed baseline (the window ranks only readable rows).
import { and, asc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { DayTotals } from '@/lib/trends/series';
import { readablePeople, readableSessionsOf } from '../access';
import { getDatabase } from '../client';
import type { Viewer } from '../viewer';

export interface PersonOption {
  /** Whose sessions; the viewer's own when absent. */
  ownerId?: string;
}

/** The person's zone (null until one is named) and daily goal, in one read; undefined when not readable. */
export async function getTrendSettings(viewer: Viewer, { ownerId = viewer.userId }: PersonOption = {}): Promise<{ timeZone: string | null; dailyGoalMinutes: number } | undefined> {
  const { db, t } = await getDatabase();
  const [row] = await db
    .select({ timeZone: t.user.timeZone, dailyGoalMinutes: t.user.dailyGoalMinutes })
    .from(t.user)
    .where(and(eq(t.user.id, ownerId), readablePeople(t, viewer)));
  return row;
}

/**
 * Days from `from` (or the first session, when null) to `to` (inclusive) that have sessions, oldest
 * first. The day's value and session are its first session (by start, then id) whose baseline passed
 * (baseline_ln_rmssd is null otherwise): a window over each day's passed sessions ranks them in the same
 * scan of the index that sums the day, instead of a lookup per day.
 */
export async function getDayTotals(viewer: Viewer, from: string | null, to: string, { ownerId = viewer.userId }: PersonOption = {}): Promise<DayTotals[]> {
  const { db, t } = await getDatabase();
  const s = t.practiceSession;
  const inRange: SQL[] = [readableSessionsOf(t, viewer, ownerId), lte(s.localDate, to)];
  if (from !== null) inRange.push(gte(s.localDate, from));
  const ranked = db
    .select({
      localDate: s.localDate,
      practiceMinutes: s.practiceMinutes,
      baselineLnRmssd: s.baselineLnRmssd,
      id: s.id,
      firstRank: sql<number | null>`case when ${s.baselineLnRmssd} is not null then row_number() over (partition by ${s.userId}, ${s.localDate}, ${s.baselineLnRmssd} is null order by ${s.startedAt}, ${s.id}) end`.as('first_rank'),
    })
    .from(s)
    .where(and(...inRange))
    .as('ranked');
  const rows = await db
    .select({
      date: ranked.localDate,
      dailyLnRmssd: sql<number | null>`max(case when ${ranked.firstRank} = 1 then ${ranked.baselineLnRmssd} end)`,
      sessionId: sql<string | null>`max(case when ${ranked.firstRank} = 1 then ${ranked.id} end)`,
      minutes: sql<number>`coalesce(sum(${ranked.practiceMinutes}), 0)`,
      sessions: sql<number>`cast(count(*) as integer)`,
    })
    .from(ranked)
    .groupBy(ranked.localDate)
    .orderBy(asc(ranked.localDate));
  return rows.map((row) => ({
    date: row.date,
    dailyLnRmssd: row.dailyLnRmssd === null ? null : Number(row.dailyLnRmssd),
    sessionId: row.sessionId,
    minutes: Number(row.minutes),
    sessions: Number(row.sessions),
  }));
}

/** The sessions of `from` (or the first, when null) to `to`, oldest first, with only what a trend shows of them. */
export async function listTrendSessions(viewer: Viewer, from: string | null, to: string, { ownerId = viewer.userId }: PersonOption = {}) {
  const { db, t } = await getDatabase();
  const s = t.practiceSession;
  const inRange: SQL[] = [readableSessionsOf(t, viewer, ownerId), lte(s.localDate, to)];
  if (from !== null) inRange.push(gte(s.localDate, from));
  return db
    .select({
      id: s.id,
      startedAt: s.startedAt,
      localDate: s.localDate,
      kind: s.kind,
      baselineRmssdMs: s.baselineRmssdMs,
      recoveryRmssdMs: s.recoveryRmssdMs,
      shiftRmssdMs: s.shiftRmssdMs,
      shiftLnRmssd: s.shiftLnRmssd,
      practiceMinutes: s.practiceMinutes,
      checkIn: s.checkIn,
      tags: s.tags,
      note: s.note,
    })
    .from(s)
    .where(and(...inRange))
    .orderBy(asc(s.localDate), asc(s.startedAt), asc(s.id));
}

export type TrendSessionRow = Awaited<ReturnType<typeof listTrendSessions>>[number];
