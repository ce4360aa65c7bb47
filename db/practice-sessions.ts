import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { CheckIn } from '@/lib/session/record';
import type { AppDatabase } from './connection';
import { practiceSession, type NewPracticeSessionRow, type PracticeSessionRow } from './practice-session-schema';

export type SaveOutcome =
  | { outcome: 'created'; row: PracticeSessionRow }
  | { outcome: 'existing'; row: PracticeSessionRow }
  | { outcome: 'conflict' };

/**
 * Writes a session once. A retried upload (same id, same person) gets the stored row back; the same id
 * belonging to someone else is a conflict. 'immediate' takes the write lock before the lookup, so two
 * uploads of one id (two tabs, two processes) cannot both pass the check.
 */
export function saveSessionOnce(db: AppDatabase, row: NewPracticeSessionRow): SaveOutcome {
  return db.transaction(
    (tx) => {
      const existing = tx.select().from(practiceSession).where(eq(practiceSession.id, row.id)).get();
      if (existing) return existing.userId === row.userId ? { outcome: 'existing', row: existing } : { outcome: 'conflict' };
      const created = tx.insert(practiceSession).values(row).returning().get();
      return { outcome: 'created', row: created };
    },
    { behavior: 'immediate' },
  );
}

/** The columns a list needs: everything but the beats blob and the summary JSON. */
const listColumns = {
  id: practiceSession.id,
  startedAt: practiceSession.startedAt,
  durationMs: practiceSession.durationMs,
  endedEarly: practiceSession.endedEarly,
  protocol: practiceSession.protocol,
  beatCount: practiceSession.beatCount,
  baselineRmssdMs: practiceSession.baselineRmssdMs,
  recoveryRmssdMs: practiceSession.recoveryRmssdMs,
  shiftRmssdMs: practiceSession.shiftRmssdMs,
  shiftPercent: practiceSession.shiftPercent,
  shiftLnRmssd: practiceSession.shiftLnRmssd,
  breathingCoherence: practiceSession.breathingCoherence,
  rsaMeanBpm: practiceSession.rsaMeanBpm,
  artifactPercent: practiceSession.artifactPercent,
  qualityOk: practiceSession.qualityOk,
  qualityReasons: practiceSession.qualityReasons,
  checkIn: practiceSession.checkIn,
};

export type PracticeSessionListRow = Pick<PracticeSessionRow, keyof typeof listColumns>;

/** Newest first. */
export function listOwnSessions(db: AppDatabase, userId: string, limit = 500): PracticeSessionListRow[] {
  return db
    .select(listColumns)
    .from(practiceSession)
    .where(eq(practiceSession.userId, userId))
    .orderBy(desc(practiceSession.startedAt))
    .limit(limit)
    .all();
}

/** Undefined both when the id is unknown and when it is someone else's: callers cannot tell them apart. */
export function getOwnSession(db: AppDatabase, userId: string, id: string): PracticeSessionRow | undefined {
  return db
    .select()
    .from(practiceSession)
    .where(and(eq(practiceSession.id, id), eq(practiceSession.userId, userId)))
    .get();
}

export function deleteOwnSession(db: AppDatabase, userId: string, id: string): boolean {
  const result = db
    .delete(practiceSession)
    .where(and(eq(practiceSession.id, id), eq(practiceSession.userId, userId)))
    .run();
  return result.changes > 0;
}

export function setOwnSessionCheckIn(db: AppDatabase, userId: string, id: string, checkIn: CheckIn): boolean {
  const result = db
    .update(practiceSession)
    .set({ checkIn })
    .where(and(eq(practiceSession.id, id), eq(practiceSession.userId, userId)))
    .run();
  return result.changes > 0;
}
