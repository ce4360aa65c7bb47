import 'server-only';
// What a trend reads: per-day sums and the day's first passed baseline, computed in SQL over the
// (user_id, local_date) index, and the light columns of the sessions in range. Never the beats, never the
// summary JSON.
import { and, asc, gte, lte, min, sql } from 'drizzle-orm';
import type { DayTotals } from '@/lib/trends/series';
import { readableSessions } from '../access';
import { getDatabase } from '../client';
import type { Viewer } from '../viewer';

/** The first day the person has a session on, or null when they have none. */
export async function getFirstSessionDate(viewer: Viewer): Promise<string | null> {
  const { db, t } = await getDatabase();
  const [row] = await db.select({ first: min(t.practiceSession.localDate) }).from(t.practiceSession).where(readableSessions(t, viewer));
  return row?.first ?? null;
}

/** Days from `from` to `to` (inclusive) that have sessions, oldest first. */
export async function getDayTotals(viewer: Viewer, from: string, to: string): Promise<DayTotals[]> {
  const { db, t } = await getDatabase();
  const s = t.practiceSession;
  // The day's value is its first session whose baseline passed (baseline_ln_rmssd is null otherwise);
  // the id breaks a tie of two sessions started in the same millisecond. The outer columns are named in
  // full: drizzle leaves them unqualified in a one-table select, where they would mean f's own.
  const firstPassed = sql<number | null>`(select f.baseline_ln_rmssd from practice_session f
    where f.user_id = "practice_session"."user_id" and f.local_date = "practice_session"."local_date" and f.baseline_ln_rmssd is not null
    order by f.started_at, f.id limit 1)`;
  const rows = await db
    .select({
      date: s.localDate,
      dailyLnRmssd: firstPassed,
      minutes: sql<number>`coalesce(sum(${s.practiceMinutes}), 0)`,
      sessions: sql<number>`cast(count(*) as integer)`,
    })
    .from(s)
    .where(and(readableSessions(t, viewer), gte(s.localDate, from), lte(s.localDate, to)))
    .groupBy(s.userId, s.localDate)
    .orderBy(asc(s.localDate));
  return rows.map((row) => ({
    date: row.date,
    dailyLnRmssd: row.dailyLnRmssd === null ? null : Number(row.dailyLnRmssd),
    minutes: Number(row.minutes),
    sessions: Number(row.sessions),
  }));
}

/** The sessions of `from`..`to`, oldest first, with only what a trend shows of them. */
export async function listTrendSessions(viewer: Viewer, from: string, to: string) {
  const { db, t } = await getDatabase();
  const s = t.practiceSession;
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
    .where(and(readableSessions(t, viewer), gte(s.localDate, from), lte(s.localDate, to)))
    .orderBy(asc(s.localDate), asc(s.startedAt), asc(s.id));
}

export type TrendSessionRow = Awaited<ReturnType<typeof listTrendSessions>>[number];
