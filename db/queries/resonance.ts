import 'server-only';
// The person's own breathing rate, taken from one of their resonance assessments. The rate is never
// sent by the browser: it is read from the assessment the server itself recomputed.
import { and, eq } from 'drizzle-orm';
import { ownSessions } from '../access';
import { getDatabase } from '../client';
import type { Viewer } from '../viewer';

export type AdoptOutcome = { outcome: 'adopted'; rateBpm: number } | { outcome: 'not-found' } | { outcome: 'no-result' };

/** Makes the chosen rate of the viewer's own assessment `sessionId` their rhythm, in one transaction. */
export async function adoptResonanceRate(viewer: Viewer, sessionId: string): Promise<AdoptOutcome> {
  const database = await getDatabase();
  const { t } = database;
  return database.transaction(async (tx): Promise<AdoptOutcome> => {
    const [row] = await tx
      .select({ kind: t.practiceSession.kind, resonance: t.practiceSession.resonance })
      .from(t.practiceSession)
      .where(and(eq(t.practiceSession.id, sessionId), ownSessions(t, viewer)));
    if (!row || row.kind !== 'resonance') return { outcome: 'not-found' };
    const rateBpm = row.resonance?.rateBpm ?? null;
    if (rateBpm === null) return { outcome: 'no-result' };
    await tx.update(t.user).set({ resonanceRateBpm: rateBpm }).where(eq(t.user.id, viewer.userId));
    return { outcome: 'adopted', rateBpm };
  });
}

export async function getResonanceRate(viewer: Viewer): Promise<number | null> {
  const { db, t } = await getDatabase();
  const [row] = await db.select({ rateBpm: t.user.resonanceRateBpm }).from(t.user).where(eq(t.user.id, viewer.userId));
  return row?.rateBpm ?? null;
}

export async function clearResonanceRate(viewer: Viewer): Promise<void> {
  const { db, t } = await getDatabase();
  await db.update(t.user).set({ resonanceRateBpm: null }).where(eq(t.user.id, viewer.userId));
}
