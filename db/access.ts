// The one place that decides which rows a viewer may read or change, as SQL conditions the queries
// put in their WHERE clause: no page or handler can forget the check, or do it differently. Every
// condition reads the links as they are now, so ending a link takes effect on the very next query.
import { and, eq, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Tables } from './database';
import type { Viewer } from './viewer';

type SessionTable = Tables['practiceSession'];

/**
 * Sessions the viewer may read: their own, and — for a practitioner — a client's session through an
 * active link, unless the client hid it, and only from the link's acceptance on unless the client shares
 * everything.
 */
export function readableSessions(t: Tables, viewer: Viewer, s: SessionTable = t.practiceSession): SQL {
  const own = eq(s.userId, viewer.userId);
  if (viewer.role !== 'practitioner') return own;
  const l = t.practitionerLink;
  const shared = sql`exists (select 1 from ${l} where ${l.practitionerId} = ${viewer.userId} and ${l.endedAt} is null and ${sharedThroughLink(t, s)})`;
  return or(own, shared) as SQL;
}

/**
 * What a link shares: a session of the link's client, not hidden, and from the acceptance on unless the
 * link shares everything. readableSessions asks it of the viewer's active links; a query that joins the
 * link itself (the clients page reads many clients at once) uses it with clientLinks on `l`.
 */
export function sharedThroughLink(t: Tables, s: SessionTable = t.practiceSession): SQL {
  const l = t.practitionerLink;
  return and(eq(s.userId, l.clientId), eq(s.hidden, false), or(eq(l.share, 'all'), lte(l.acceptedAt, s.startedAt))) as SQL;
}

/** The sessions of one person (`ownerId`) the viewer may read: their own list, or a client's shared ones. */
export function readableSessionsOf(t: Tables, viewer: Viewer, ownerId: string, s: SessionTable = t.practiceSession): SQL {
  return and(eq(s.userId, ownerId), readableSessions(t, viewer, s)) as SQL;
}

/** Sessions the viewer may change, delete or hide: only their own, whoever else may read them. */
export function ownSessions(t: Tables, viewer: Viewer, s: SessionTable = t.practiceSession): SQL {
  return eq(s.userId, viewer.userId);
}

/** The beats of the viewer's own sessions (a beat row carries its session's owner). */
export function ownBeats(t: Tables, viewer: Viewer): SQL {
  return eq(t.sessionBeats.userId, viewer.userId);
}

/**
 * People whose account row (name, time zone, goal) the viewer may read: themselves, and those they have
 * an active link with, on either side.
 */
export function readablePeople(t: Tables, viewer: Viewer): SQL {
  const l = t.practitionerLink;
  const u = t.user;
  return or(
    eq(u.id, viewer.userId),
    sql`exists (select 1 from ${l} where ${l.endedAt} is null and ((${l.practitionerId} = ${viewer.userId} and ${l.clientId} = ${u.id})
      or (${l.clientId} = ${viewer.userId} and ${l.practitionerId} = ${u.id})))`,
  ) as SQL;
}

/** Active links the viewer is on, on either side. */
export function visibleLinks(t: Tables, viewer: Viewer): SQL {
  const l = t.practitionerLink;
  return and(isNull(l.endedAt), or(eq(l.practitionerId, viewer.userId), eq(l.clientId, viewer.userId))) as SQL;
}

/** Active links on which the viewer is the practitioner: their clients. */
export function clientLinks(t: Tables, viewer: Viewer): SQL {
  const l = t.practitionerLink;
  if (viewer.role !== 'practitioner') return sql`false`;
  return and(isNull(l.endedAt), eq(l.practitionerId, viewer.userId)) as SQL;
}

/**
 * Notes the viewer may read: every note on their own sessions (the client sees what was written about
 * them), and a practitioner's own notes on a session they may still read. A practitioner never reads
 * another practitioner's notes.
 */
export function readableNotes(t: Tables, viewer: Viewer): SQL {
  const n = t.practitionerNote;
  const s = t.practiceSession;
  return sql`exists (select 1 from ${s} where ${s.userId} = ${n.sessionUserId} and ${s.id} = ${n.sessionId} and (${ownSessions(t, viewer)}
    or (${n.authorId} = ${viewer.userId} and ${readableSessions(t, viewer)})))`;
}

/** Notes under the viewer's own sessions, whoever wrote them (a note carries its session's owner). */
export function notesOnOwnSessions(t: Tables, viewer: Viewer): SQL {
  return eq(t.practitionerNote.sessionUserId, viewer.userId);
}

/** Notes the viewer may edit or delete: their own, on a session they may still read. */
export function ownNotes(t: Tables, viewer: Viewer): SQL {
  const n = t.practitionerNote;
  const s = t.practiceSession;
  return and(
    eq(n.authorId, viewer.userId),
    sql`exists (select 1 from ${s} where ${s.userId} = ${n.sessionUserId} and ${s.id} = ${n.sessionId} and ${readableSessions(t, viewer)})`,
  ) as SQL;
}

/** The access log entries the viewer may read: those about them, as a client. */
export function readableAccessLog(t: Tables, viewer: Viewer): SQL {
  return eq(t.accessLog.clientId, viewer.userId);
}

/** The practice plan the viewer may read and change: their own only. */
export function ownPlan(t: Tables, viewer: Viewer): SQL {
  return eq(t.practicePlan.userId, viewer.userId);
}

/**
 * The plan a calendar feed opens: the one whose switched-on feed has this token hash. The token is the
 * whole authorisation (calendar apps send no cookie), so this is its only condition.
 */
export function planOfFeed(t: Tables, tokenHash: string): SQL {
  return eq(t.practicePlan.feedTokenHash, tokenHash);
}

/**
 * A client's live session the viewer may follow: a practitioner's, through an active link to its owner
 * accepted before the live session began (the client chose whom to share it with when starting, whatever
 * the link shares), unless the owner hid the session once it was stored. The row exists only when the
 * client chose to share this session live; read anew on every poll.
 */
export function readableLiveSessions(t: Tables, viewer: Viewer): SQL {
  const live = t.liveSession;
  const l = t.practitionerLink;
  const s = t.practiceSession;
  if (viewer.role !== 'practitioner') return sql`false`;
  return and(
    sql`exists (select 1 from ${l} where ${l.practitionerId} = ${viewer.userId} and ${l.clientId} = ${live.userId} and ${l.endedAt} is null
      and ${l.acceptedAt} <= ${live.startedAt})`,
    sql`not exists (select 1 from ${s} where ${s.userId} = ${live.userId} and ${s.id} = ${live.sessionId} and ${eq(s.hidden, true)})`,
  ) as SQL;
}

/** The viewer's own live session row: only they send to it or end it. */
export function ownLiveSession(t: Tables, viewer: Viewer): SQL {
  return eq(t.liveSession.userId, viewer.userId);
}
