import 'server-only';
// The live view of a session a client shares (see db/schema/*/live.ts). Written by the client about once
// a second, read by their practitioners' pages: everything through the database, so any app instance can
// take either side.
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { ownLiveSession, readableLiveSessions } from '../access';
import { getDatabase } from '../client';
import type { Tables } from '../database';
import type { LiveBatch, LiveBeat } from '../schema/json-types';
import type { Viewer } from '../viewer';

export type LiveSessionRow = Tables['liveSession']['$inferSelect'];

/**
 * Rows untouched this long are deleted by the next live write or poll of anyone: a tab closed mid-session
 * (or a link ended during one) leaves its beats behind no longer than this. A reload and Resume within it
 * goes on sharing; after it, the next batch simply starts the row again.
 */
export const LIVE_ROW_KEPT_MS = 10 * 60_000;

type Tx = Parameters<Parameters<Awaited<ReturnType<typeof getDatabase>>['transaction']>[0]>[0];

async function sweepStale(db: Tx, t: Tables, now: Date): Promise<void> {
  await db.delete(t.liveSession).where(lt(t.liveSession.updatedAt, new Date(now.getTime() - LIVE_ROW_KEPT_MS)));
}

export type LiveWriteOutcome = 'stored' | 'no-practitioner' | 'ended';

/** The newest beats of both, without repeats (a retried batch sends beats already stored), within the window. */
export function mergeLiveBeats(stored: readonly LiveBeat[], incoming: readonly LiveBeat[], windowMs: number): LiveBeat[] {
  const lastMs = stored[stored.length - 1]?.tMs ?? Number.NEGATIVE_INFINITY;
  const merged = [...stored, ...incoming.filter((b) => b.tMs > lastMs)];
  const newestMs = merged[merged.length - 1]?.tMs ?? 0;
  return merged.filter((b) => b.tMs >= newestMs - windowMs);
}

/**
 * Stores one batch of the viewer's live session: a new session id replaces the row (one live session per
 * person), the same one appends. Only while the viewer has an active link as a client: with no one to
 * follow along there is nothing to share. An ended live session is not reopened by a late batch.
 */
export async function storeOwnLiveBatch(viewer: Viewer, batch: LiveBatch, now: Date, windowMs: number): Promise<LiveWriteOutcome> {
  const database = await getDatabase();
  const { t } = database;
  return database.transaction(async (tx) => {
    await sweepStale(tx, t, now);
    const l = t.practitionerLink;
    const [link] = await tx.select({ id: l.id }).from(l).where(and(eq(l.clientId, viewer.userId), isNull(l.endedAt))).limit(1);
    if (!link) return 'no-practitioner';
    const [row] = await tx.select().from(t.liveSession).where(ownLiveSession(t, viewer));
    const state = { phase: batch.phase, paused: batch.paused, rhythm: batch.rhythm, updatedAt: now };
    if (row && row.sessionId === batch.sessionId) {
      if (row.endedAt) return 'ended';
      await tx
        .update(t.liveSession)
        .set({ ...state, beats: mergeLiveBeats(row.beats, batch.beats, windowMs) })
        .where(and(ownLiveSession(t, viewer), eq(t.liveSession.sessionId, batch.sessionId)));
      return 'stored';
    }
    const fresh = { ...state, sessionId: batch.sessionId, beats: mergeLiveBeats([], batch.beats, windowMs), startedAt: now, endedAt: null };
    await tx
      .insert(t.liveSession)
      .values({ userId: viewer.userId, ...fresh })
      .onConflictDoUpdate({ target: t.liveSession.userId, set: fresh });
    return 'stored';
  });
}

/** Ends the viewer's live session: its beats go at once; the row stays only to say "ended". False when there was none running. */
export async function endOwnLiveSession(viewer: Viewer, sessionId: string, now: Date): Promise<boolean> {
  const { db, t } = await getDatabase();
  const ended = await db
    .update(t.liveSession)
    .set({ endedAt: now, updatedAt: now, beats: [], phase: null, paused: false })
    .where(and(ownLiveSession(t, viewer), eq(t.liveSession.sessionId, sessionId), isNull(t.liveSession.endedAt)))
    .returning({ id: t.liveSession.sessionId });
  return ended.length > 0;
}

/** The live session of `clientId` the viewer (their practitioner) may follow, if any. */
export async function findReadableLiveSession(viewer: Viewer, clientId: string, now = new Date()): Promise<LiveSessionRow | undefined> {
  const { db, t } = await getDatabase();
  await sweepStale(db, t, now);
  const [row] = await db
    .select()
    .from(t.liveSession)
    .where(and(eq(t.liveSession.userId, clientId), readableLiveSessions(t, viewer)));
  return row;
}

/** Whether the viewer's following of this live session is already in the client's log (once per session, not per poll). */
export async function liveAccessLogged(viewer: Viewer, clientId: string, sessionId: string): Promise<boolean> {
  const { db, t } = await getDatabase();
  const a = t.accessLog;
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(a)
    .where(and(eq(a.practitionerId, viewer.userId), eq(a.clientId, clientId), eq(a.what, 'live'), eq(a.sessionId, sessionId)))
    .limit(1);
  return row !== undefined;
}
