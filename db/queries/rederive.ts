import 'server-only';
// Sessions derived by an older HRV engine, and their numbers derived again from the kept beats. Each
// session is read and written as its owner (db/access.ts: own sessions and own beats), and written only
// while it still carries the version it was read with, so two instances doing this at once do not
// overwrite each other's work and a session changed meanwhile is left to the next run.
import { and, asc, eq, gt, ne, or } from 'drizzle-orm';
import { beatsOfSession } from './sessions';
import { ownBeats, ownSessions } from '../access';
import { getDatabase } from '../client';
import type { Tables } from '../database';
import type { Viewer } from '../viewer';

type SessionRow = Tables['practiceSession']['$inferSelect'];

export interface SessionKey {
  userId: string;
  id: string;
}

/** A session to derive again, with its owner as the viewer its read and write go through. */
export interface StaleSession extends SessionKey {
  owner: Viewer;
  engineVersion: string;
}

/** What the engine needs of a stored session to derive its numbers again. */
export type StoredDerivationInput = Pick<SessionRow, 'id' | 'kind' | 'durationMs' | 'phases' | 'gaps' | 'pauses' | 'pacerCycleStartsMs' | 'resonance' | 'engineVersion'> & {
  beats: Uint8Array;
};

/** The derived columns a new engine may change. */
export type DerivedSessionColumns = Pick<
  SessionRow,
  | 'baselineRmssdMs'
  | 'recoveryRmssdMs'
  | 'shiftRmssdMs'
  | 'shiftPercent'
  | 'shiftLnRmssd'
  | 'breathingCoherence'
  | 'rsaMeanBpm'
  | 'baselineHrBpm'
  | 'breathingHrBpm'
  | 'recoveryHrBpm'
  | 'artifactPercent'
  | 'baselineLnRmssd'
  | 'practiceMinutes'
  | 'qualityOk'
  | 'qualityReasons'
  | 'summary'
  | 'resonance'
  | 'engineVersion'
>;

/** Up to `limit` sessions not derived by `engineVersion`, after `after` in (user_id, id) order (the key's own). */
export async function listSessionsDerivedBefore(engineVersion: string, { after, limit }: { after: SessionKey | null; limit: number }): Promise<StaleSession[]> {
  const { db, t } = await getDatabase();
  const s = t.practiceSession;
  const stale = ne(s.engineVersion, engineVersion);
  const where = after ? and(stale, or(gt(s.userId, after.userId), and(eq(s.userId, after.userId), gt(s.id, after.id)))) : stale;
  const rows = await db
    .select({ userId: s.userId, id: s.id, role: t.user.role, engineVersion: s.engineVersion })
    .from(s)
    .innerJoin(t.user, eq(t.user.id, s.userId))
    .where(where)
    .orderBy(asc(s.userId), asc(s.id))
    .limit(limit);
  return rows.map(({ userId, id, role, engineVersion: version }) => ({ userId, id, owner: { userId, role }, engineVersion: version }));
}

/** The owner's session `id` with its beats, as the engine reads it; undefined when it is gone. */
export async function readSessionForDerivation(owner: Viewer, id: string): Promise<StoredDerivationInput | undefined> {
  const { db, t } = await getDatabase();
  const s = t.practiceSession;
  const [row] = await db
    .select({
      id: s.id,
      kind: s.kind,
      durationMs: s.durationMs,
      phases: s.phases,
      gaps: s.gaps,
      pauses: s.pauses,
      pacerCycleStartsMs: s.pacerCycleStartsMs,
      resonance: s.resonance,
      engineVersion: s.engineVersion,
      beats: t.sessionBeats.beats,
    })
    .from(s)
    .innerJoin(t.sessionBeats, beatsOfSession(t))
    .where(and(eq(s.id, id), ownSessions(t, owner), ownBeats(t, owner)));
  return row;
}

/** Stores the new numbers if the session still carries `fromVersion`; false when it does not (or is gone). */
export async function storeRederivedColumns(owner: Viewer, id: string, fromVersion: string, columns: DerivedSessionColumns): Promise<boolean> {
  const { db, t } = await getDatabase();
  const s = t.practiceSession;
  const updated = await db
    .update(s)
    .set(columns)
    .where(and(eq(s.id, id), ownSessions(t, owner), eq(s.engineVersion, fromVersion)))
    .returning({ id: s.id });
  return updated.length > 0;
}
