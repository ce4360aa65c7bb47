import 'server-only';
// What a trend reads: the light columns of the sessions in range, in one statement over the
// (user_id, local_date) index; lib/trends sums the days from them (dayTotalsOfSorted). Never the beats,
// never the summary JSON. Each read is of one person (`ownerId`, the viewer by default) and only of the
// sessions the viewer may read (db/access.ts): a practitioner's view of a client leaves hidden and
// unshared sessions out, also from the day sums and the choice of a day's first passed baseline.
import { and, asc, eq, gte, lte, type SQL } from 'drizzle-orm';
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
 * The sessions of `from` (or the first, when null) to `to`, with only what a trend shows or sums of them,
 * in day order, then by start, then id: the order dayTotalsOfSorted takes the day's first passed baseline
 * in, the id breaking a tie as the database compares ids.
 */
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
      baselineLnRmssd: s.baselineLnRmssd,
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
