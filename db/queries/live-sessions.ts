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

/**
 * The beats of both in time order, each once (a retried batch sends beats already stored), within the
 * window behind the newest. A batch that arrives after a later one (a retry overtaken by the next
 * batch) still adds its beats: a beat is a repeat only if one at the same moment is already there.
 */
export function mergeLiveBeats(stored: readonly LiveBeat[], incoming: readonly LiveBeat[], windowMs: number): LiveBeat[] {
  const storedAt = new Set(stored.map((b) => b.tMs));
  const added = incoming.filter((b) => !storedAt.has(b.tMs));
  const merged = added.length === 0 ? [...stored] : [...stored, ...added].sort((a, b) => a.tMs - b.tMs);
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
    // Two batches of one tab can overlap (a retry and the next one). On PostgreSQL each would read the
    // row, merge and write, the later write dropping the other's beats: the row is locked from this read
    // to the commit. SQLite's transactions already run one at a time (db/drivers/transaction-gate.ts).
    const readOwnRow = async () => {
      const own = tx.select().from(t.liveSession).where(ownLiveSession(t, viewer));
      return (await (database.dialect === 'postgres' ? own.for('update') : own))[0];
    };
    let row = await readOwnRow();
    const state = { phase: batch.phase, paused: batch.paused, rhythm: batch.rhythm, updatedAt: now };
    const fresh = { ...state, sessionId: batch.sessionId, beats: mergeLiveBeats([], batch.beats, windowMs), startedAt: now, endedAt: null };
    if (!row) {
      const created = await tx.insert(t.liveSession).values({ userId: viewer.userId, ...fresh }).onConflictDoNothing({ target: t.liveSession.userId }).returning({ userId: t.liveSession.userId });
      if (created.length > 0) return 'stored';
      // The other batch created the row in the meantime: this one joins it like any later batch.
      row = await readOwnRow();
      // Only the sweep deletes rows, and not one written this instant: a fault, answered 500 and retried.
      if (!row) throw new Error('The live row was created by another batch and is gone again.');
    }
    if (row.sessionId !== batch.sessionId) {
      await tx.update(t.liveSession).set(fresh).where(ownLiveSession(t, viewer));
      return 'stored';
    }
    if (row.endedAt) return 'ended';
    // A batch overtaken by a later one adds its beats, but its phase, pause and rhythm are older than
    // what is stored: they stay. (A batch without beats cannot be placed, so its state is taken.)
    const overtaken = (batch.beats.at(-1)?.tMs ?? Number.POSITIVE_INFINITY) < (row.beats.at(-1)?.tMs ?? Number.NEGATIVE_INFINITY);
    await tx
      .update(t.liveSession)
      .set({ ...(overtaken ? { updatedAt: now } : state), beats: mergeLiveBeats(row.beats, batch.beats, windowMs) })
      .where(and(ownLiveSession(t, viewer), eq(t.liveSession.sessionId, batch.sessionId)));
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
