import 'server-only';
// Sessions imported from other apps' files: stored all together or not at all.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { ownSessions } from '../access';
import { getDatabase } from '../client';
import type { Viewer } from '../viewer';
import type { NewPracticeSessionRow } from './sessions';

/** An imported recording's id is already someone else's: the whole import is undone. */
export class ImportConflictError extends Error {
  constructor(readonly sessionId: string) {
    super(`Session id ${sessionId} belongs to another account.`);
    this.name = 'ImportConflictError';
  }
}

/** Which of these ids already name one of the viewer's sessions (a file imported before). */
export async function findOwnSessionIds(viewer: Viewer, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { db, t } = await getDatabase();
  const rows = await db
    .select({ id: t.practiceSession.id })
    .from(t.practiceSession)
    .where(and(inArray(t.practiceSession.id, [...ids]), ownSessions(t, viewer)));
  return new Set(rows.map((row) => row.id));
}

/**
 * Stores the rows in one transaction: every one lands or none does. A row whose id the viewer already
 * has (the same file imported before) is left as it is; an id of someone else's throws
 * ImportConflictError, which undoes the rest. The zone the rows' days were counted in becomes the
 * person's when they have none yet, in the same transaction.
 */
export async function saveImportedSessions(viewer: Viewer, rows: readonly NewPracticeSessionRow[], timeZone: string): Promise<{ id: string; created: boolean }[]> {
  const database = await getDatabase();
  const { t } = database;
  return database.transaction(async (tx) => {
    await tx.update(t.user).set({ timeZone }).where(and(eq(t.user.id, viewer.userId), isNull(t.user.timeZone)));
    const saved: { id: string; created: boolean }[] = [];
    for (const { beats, ...row } of rows) {
      const [inserted] = await tx
        .insert(t.practiceSession)
        .values({ ...row, userId: viewer.userId })
        .onConflictDoNothing({ target: t.practiceSession.id })
        .returning({ id: t.practiceSession.id });
      if (inserted) {
        await tx.insert(t.sessionBeats).values({ sessionId: inserted.id, beats });
        saved.push({ id: inserted.id, created: true });
        continue;
      }
      const [own] = await tx
        .select({ id: t.practiceSession.id })
        .from(t.practiceSession)
        .where(and(eq(t.practiceSession.id, row.id), ownSessions(t, viewer)));
      if (!own) throw new ImportConflictError(row.id);
      saved.push({ id: own.id, created: false });
    }
    return saved;
  });
}
