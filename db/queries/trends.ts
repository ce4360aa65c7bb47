import 'server-only';
// What a trend reads: per-day sums computed in SQL over the (user_id, local_date) index, the day's first
// passed baseline, and the light columns of the sessions in range. Never the beats, never the summary
// JSON. Each read is of one person (`ownerId`, the viewer by default) and only of the sessions the viewer
// may read (db/access.ts): a practitioner's view of a client leaves hidden and unshared sessions out.
import { and, asc, gte, isNotNull, lte, min, sql } from 'drizzle-orm';
import type { DayTotals } from '@/lib/trends/series';
import { readableSessionsOf } from '../access';
import { getDatabase } from '../client';
import type { Viewer } from '../viewer';

export interface PersonOption {
  /** Whose sessions; the viewer's own when absent. */
  ownerId?: string;
}

/** The first day the person has a session on, or null when they have none. */
export async function getFirstSessionDate(viewer: Viewer, { ownerId = viewer.userId }: PersonOption = {}): Promise<string | null> {
  const { db, t } = await getDatabase();
  const [row] = await db.select({ first: min(t.practiceSession.localDate) }).from(t.practiceSession).where(readableSessionsOf(t, viewer, ownerId));
  return row?.first ?? null;
}

/** Days from `from` to `to` (inclusive) that have sessions, oldest first. */
export async function getDayTotals(viewer: Viewer, from: string, to: string, { ownerId = viewer.userId }: PersonOption = {}): Promise<DayTotals[]> {
  const { db, t } = await getDatabase();
  const s = t.practiceSession;
  const inRange = and(readableSessionsOf(t, viewer, ownerId), gte(s.localDate, from), lte(s.localDate, to));
  const [sums, passed] = await Promise.all([
    db
      .select({ date: s.localDate, minutes: sql<number>`coalesce(sum(${s.practiceMinutes}), 0)`, sessions: sql<number>`cast(count(*) as integer)` })
      .from(s)
      .where(inRange)
      .groupBy(s.userId, s.localDate)
      .orderBy(asc(s.localDate)),
    // The day's value is its first readable session whose baseline passed (baseline_ln_rmssd is null
    // otherwise); the id breaks a tie of two sessions started in the same millisecond. Read as rows and
    // picked here, so the readable condition applies to it exactly as to the sums.
    db
      .select({ date: s.localDate, lnRmssd: s.baselineLnRmssd })
      .from(s)
      .where(and(inRange, isNotNull(s.baselineLnRmssd)))
      .orderBy(asc(s.localDate), asc(s.startedAt), asc(s.id)),
  ]);
  const firstPassed = new Map<string, number>();
  for (const row of passed) if (!firstPassed.has(row.date) && row.lnRmssd !== null) firstPassed.set(row.date, Number(row.lnRmssd));
  return sums.map((row) => ({
    date: row.date,
    dailyLnRmssd: firstPassed.get(row.date) ?? null,
    minutes: Number(row.minutes),
    sessions: Number(row.sessions),
  }));
}

/** The sessions of `from`..`to`, oldest first, with only what a trend shows of them. */
export async function listTrendSessions(viewer: Viewer, from: string, to: string, { ownerId = viewer.userId }: PersonOption = {}) {
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
    .where(and(readableSessionsOf(t, viewer, ownerId), gte(s.localDate, from), lte(s.localDate, to)))
    .orderBy(asc(s.localDate), asc(s.startedAt), asc(s.id));
}

export type TrendSessionRow = Awaited<ReturnType<typeof listTrendSessions>>[number];
