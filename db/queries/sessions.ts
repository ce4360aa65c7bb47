import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { ownSessions, readableSessionsOf } from '../access';
import { getDatabase } from '../client';
import type { Tables } from '../database';
import type { CheckIn } from '../schema/json-types';
import type { Viewer } from '../viewer';

export type PracticeSessionRow = Tables['practiceSession']['$inferSelect'];
/** A session with its packed beats (lib/session/protocol/beats-codec.ts). */
export type PracticeSessionWithBeats = PracticeSessionRow & Pick<Tables['sessionBeats']['$inferSelect'], 'beats'>;
export type NewPracticeSessionRow = Omit<Tables['practiceSession']['$inferInsert'], 'userId'> & Pick<Tables['sessionBeats']['$inferInsert'], 'beats'>;

export type SaveOutcome = { outcome: 'created'; row: PracticeSessionRow } | { outcome: 'existing'; row: PracticeSessionRow };

/**
 * Writes the viewer's session once. A retried upload (same id, same person) gets the stored row back.
 * Ids are the owner's own (the key is user_id + id), so another person's session with the same id is
 * neither touched nor revealed. The insert itself decides (ON CONFLICT DO NOTHING), so two uploads of one
 * id — two tabs, two app instances — cannot both write.
 */
export async function saveSessionOnce(viewer: Viewer, { beats, ...row }: NewPracticeSessionRow): Promise<SaveOutcome> {
  const database = await getDatabase();
  const { t } = database;
  // The session and its beats land together or not at all.
  const created = await database.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(t.practiceSession)
      .values({ ...row, userId: viewer.userId })
      .onConflictDoNothing({ target: [t.practiceSession.userId, t.practiceSession.id] })
      .returning();
    if (inserted) await tx.insert(t.sessionBeats).values({ userId: viewer.userId, sessionId: inserted.id, beats });
    return inserted;
  });
  if (created) return { outcome: 'created', row: created };
  const [existing] = await database.db.select().from(t.practiceSession).where(and(eq(t.practiceSession.id, row.id), ownSessions(t, viewer)));
  // Only a delete between the insert and this read leaves nothing: then this is an upload arriving just
  // after the delete, and it writes the session anew.
  return existing ? { outcome: 'existing', row: existing } : saveSessionOnce(viewer, { beats, ...row });
}

/** The beats of a session row joined on its whole key (owner and id). */
export const beatsOfSession = (t: Tables) => and(eq(t.sessionBeats.userId, t.practiceSession.userId), eq(t.sessionBeats.sessionId, t.practiceSession.id));

/** The columns a list needs: everything but the summary JSON (the beats live in session_beats). */
export function sessionListColumns(t: Tables) {
  const s = t.practiceSession;
  return {
    id: s.id,
    startedAt: s.startedAt,
    durationMs: s.durationMs,
    endedEarly: s.endedEarly,
    protocol: s.protocol,
    beatCount: s.beatCount,
    baselineRmssdMs: s.baselineRmssdMs,
    recoveryRmssdMs: s.recoveryRmssdMs,
    shiftRmssdMs: s.shiftRmssdMs,
    shiftPercent: s.shiftPercent,
    shiftLnRmssd: s.shiftLnRmssd,
    breathingCoherence: s.breathingCoherence,
    /** A resonance assessment's result (five steps: small), for its line in the list. */
    resonance: s.resonance,
    rsaMeanBpm: s.rsaMeanBpm,
    artifactPercent: s.artifactPercent,
    qualityOk: s.qualityOk,
    qualityReasons: s.qualityReasons,
    checkIn: s.checkIn,
    kind: s.kind,
    posture: s.posture,
    localDate: s.localDate,
    tags: s.tags,
    note: s.note,
    hidden: s.hidden,
    baselineLnRmssd: s.baselineLnRmssd,
    practiceMinutes: s.practiceMinutes,
  };
}

export type PracticeSessionListRow = Pick<PracticeSessionRow, keyof ReturnType<typeof sessionListColumns>>;

/** Newest first: the viewer's own, or those of `ownerId` (a client) the viewer may read. */
export async function listSessions(viewer: Viewer, { limit = 500, ownerId = viewer.userId } = {}): Promise<PracticeSessionListRow[]> {
  const { db, t } = await getDatabase();
  return db
    .select(sessionListColumns(t))
    .from(t.practiceSession)
    .where(readableSessionsOf(t, viewer, ownerId))
    .orderBy(desc(t.practiceSession.startedAt))
    .limit(limit);
}

/**
 * Undefined both when the id is unknown and when the viewer may not read it: callers cannot tell them
 * apart. The viewer's own session unless `ownerId` names a client whose shared session it is.
 */
export async function getSession(viewer: Viewer, id: string, { ownerId = viewer.userId } = {}): Promise<PracticeSessionWithBeats | undefined> {
  const { db, t } = await getDatabase();
  const [found] = await db
    .select({ session: t.practiceSession, beats: t.sessionBeats.beats })
    .from(t.practiceSession)
    .innerJoin(t.sessionBeats, beatsOfSession(t))
    .where(and(eq(t.practiceSession.id, id), readableSessionsOf(t, viewer, ownerId)));
  return found ? { ...found.session, beats: found.beats } : undefined;
}

export async function deleteSession(viewer: Viewer, id: string): Promise<boolean> {
  const { db, t } = await getDatabase();
  const deleted = await db
    .delete(t.practiceSession)
    .where(and(eq(t.practiceSession.id, id), ownSessions(t, viewer)))
    .returning({ id: t.practiceSession.id });
  return deleted.length > 0;
}

export async function setSessionCheckIn(viewer: Viewer, id: string, checkIn: CheckIn): Promise<boolean> {
  const { db, t } = await getDatabase();
  const updated = await db
    .update(t.practiceSession)
    .set({ checkIn })
    .where(and(eq(t.practiceSession.id, id), ownSessions(t, viewer)))
    .returning({ id: t.practiceSession.id });
  return updated.length > 0;
}

/** Replaces the session's tags and note; only the owner may (false for anyone else, as for an unknown id). */
export async function setSessionContext(viewer: Viewer, id: string, context: { tags: string[]; note: string | null }): Promise<boolean> {
  const { db, t } = await getDatabase();
  const updated = await db
    .update(t.practiceSession)
    .set({ tags: context.tags, note: context.note })
    .where(and(eq(t.practiceSession.id, id), ownSessions(t, viewer)))
    .returning({ id: t.practiceSession.id });
  return updated.length > 0;
}

/** Hides the session from every linked practitioner (or shows it again); only the owner may. */
export async function setSessionHidden(viewer: Viewer, id: string, hidden: boolean): Promise<boolean> {
  const { db, t } = await getDatabase();
  const updated = await db
    .update(t.practiceSession)
    .set({ hidden })
    .where(and(eq(t.practiceSession.id, id), ownSessions(t, viewer)))
    .returning({ id: t.practiceSession.id });
  return updated.length > 0;
}
