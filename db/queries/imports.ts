import 'server-only';
// Sessions imported from other apps' files: stored all together or not at all.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { ownSessions } from '../access';
import { getDatabase } from '../client';
import type { Viewer } from '../viewer';
import type { NewPracticeSessionRow } from './sessions';

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
 * has (the same file imported before) is left as it is; ids are per person, so nobody else's session
 * stands in the way. The zone the rows' days were counted in becomes the
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
        .onConflictDoNothing({ target: [t.practiceSession.userId, t.practiceSession.id] })
        .returning({ id: t.practiceSession.id });
      if (inserted) await tx.insert(t.sessionBeats).values({ userId: viewer.userId, sessionId: inserted.id, beats });
      saved.push({ id: row.id, created: inserted !== undefined });
    }
    return saved;
  });
}
