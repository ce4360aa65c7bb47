import 'server-only';
// Each time a practitioner opens something of a client it is logged, in the transaction of the read
// (the server functions in server/practitioners wrap both), so no read goes unlogged.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { ownSessions, readableAccessLog } from '../access';
import { getDatabase } from '../client';
import type { AccessKind } from '../schema/json-types';
import type { Viewer } from '../viewer';

export interface AccessEntry {
  clientId: string;
  what: AccessKind;
  sessionId?: string | null;
}

/** Writes the viewer's (a practitioner's) accesses; inside the caller's transaction when one is open. */
export async function logAccess(viewer: Viewer, entries: readonly AccessEntry[], at: Date): Promise<void> {
  if (entries.length === 0) return;
  const { db, t } = await getDatabase();
  const rows = entries.map((e) => ({ id: crypto.randomUUID(), practitionerId: viewer.userId, clientId: e.clientId, what: e.what, sessionId: e.sessionId ?? null, at }));
  const live = rows.filter((row) => row.what === 'live');
  const others = rows.filter((row) => row.what !== 'live');
  if (others.length > 0) await db.insert(t.accessLog).values(others);
  // A live session is logged once (access_log_live_once_idx): a poll that lost the race to log it adds
  // nothing. Only these rows yield to a conflict; any other clash stays an error.
  if (live.length > 0) await db.insert(t.accessLog).values(live).onConflictDoNothing();
}

/** The viewer's (a client's) access log, newest first, with each practitioner's name and the session's start while it exists. */
export async function listOwnAccessLog(viewer: Viewer, { limit = 500 } = {}) {
  const { db, t } = await getDatabase();
  const a = t.accessLog;
  const entries = await db
    .select({ id: a.id, practitionerId: a.practitionerId, practitionerName: t.user.name, what: a.what, sessionId: a.sessionId, at: a.at })
    .from(a)
    .leftJoin(t.user, eq(t.user.id, a.practitionerId))
    .where(readableAccessLog(t, viewer))
    .orderBy(desc(a.at), desc(a.id))
    .limit(limit);
  const sessionIds = [...new Set(entries.map((e) => e.sessionId).filter((id): id is string => id !== null))];
  const sessions = sessionIds.length
    ? await db
        .select({ id: t.practiceSession.id, startedAt: t.practiceSession.startedAt })
        .from(t.practiceSession)
        .where(and(inArray(t.practiceSession.id, sessionIds), ownSessions(t, viewer)))
    : [];
  const startedAt = new Map(sessions.map((s) => [s.id, s.startedAt]));
  return entries.map((e) => ({ ...e, sessionStartedAt: e.sessionId ? (startedAt.get(e.sessionId) ?? null) : null }));
}
