import 'server-only';
// A practitioner's notes on a client's shared session. Reading, writing and changing them is decided
// in db/access.ts: a practitioner writes only on a session they may read now, and the client reads every
// note on their own sessions.
import { and, asc, eq, sql } from 'drizzle-orm';
import { ownNotes, readableNotes, readableSessions } from '../access';
import { getDatabase } from '../client';
import type { Tables } from '../database';
import type { Viewer } from '../viewer';

export type NoteRow = Tables['practitionerNote']['$inferSelect'];
export type NoteWithAuthor = NoteRow & { authorName: string };

/** A session is named by its owner and its id: ids are unique per person, not across people. */
export interface SessionKey {
  ownerId: string;
  sessionId: string;
}

/**
 * The owners of the sessions with this id that the viewer may read: their own and their clients'.
 * Usually one at most; more only when people chose the same id on purpose.
 */
export async function readableSessionOwners(viewer: Viewer, sessionId: string): Promise<string[]> {
  const { db, t } = await getDatabase();
  const rows = await db
    .select({ ownerId: t.practiceSession.userId })
    .from(t.practiceSession)
    .where(and(eq(t.practiceSession.id, sessionId), readableSessions(t, viewer)));
  return rows.map((row) => row.ownerId);
}

/** The notes on a session the viewer may read, oldest first; empty for a session they may not. */
export async function listSessionNotes(viewer: Viewer, { ownerId, sessionId }: SessionKey): Promise<NoteWithAuthor[]> {
  const { db, t } = await getDatabase();
  const n = t.practitionerNote;
  const rows = await db
    .select({ note: n, authorName: t.user.name })
    .from(n)
    .innerJoin(t.user, eq(t.user.id, n.authorId))
    .where(and(eq(n.sessionUserId, ownerId), eq(n.sessionId, sessionId), readableNotes(t, viewer)))
    .orderBy(asc(n.createdAt), asc(n.id));
  return rows.map((r) => ({ ...r.note, authorName: r.authorName }));
}

/**
 * Adds the viewer's note to a session they may read that is not their own (a practitioner on a client's
 * shared session). The check and the insert share one transaction, so a link ended before it writes
 * nothing; one ended in the same instant, on PostgreSQL, may still see its note land, which only the
 * client can then read (readableNotes needs a readable session).
 */
export async function insertNote(viewer: Viewer, note: SessionKey & { id: string; text: string; now: Date }): Promise<NoteRow | undefined> {
  const database = await getDatabase();
  const { t } = database;
  const s = t.practiceSession;
  return database.transaction(async (tx) => {
    const [session] = await tx
      .select({ id: s.id })
      .from(s)
      .where(and(eq(s.userId, note.ownerId), eq(s.id, note.sessionId), readableSessions(t, viewer), sql`${s.userId} <> ${viewer.userId}`));
    if (!session) return undefined;
    const [row] = await tx
      .insert(t.practitionerNote)
      .values({
        id: note.id,
        sessionUserId: note.ownerId,
        sessionId: note.sessionId,
        authorId: viewer.userId,
        text: note.text,
        createdAt: note.now,
        updatedAt: note.now,
      })
      .returning();
    return row;
  });
}

export async function updateOwnNote(viewer: Viewer, noteId: string, text: string, now: Date): Promise<NoteRow | undefined> {
  const { db, t } = await getDatabase();
  const [row] = await db
    .update(t.practitionerNote)
    .set({ text, updatedAt: now })
    .where(and(eq(t.practitionerNote.id, noteId), ownNotes(t, viewer)))
    .returning();
  return row;
}

export async function deleteOwnNote(viewer: Viewer, noteId: string): Promise<boolean> {
  const { db, t } = await getDatabase();
  const deleted = await db
    .delete(t.practitionerNote)
    .where(and(eq(t.practitionerNote.id, noteId), ownNotes(t, viewer)))
    .returning({ id: t.practitionerNote.id });
  return deleted.length > 0;
}

/** The viewer's own name, as their notes carry it. */
export async function getOwnName(viewer: Viewer): Promise<string> {
  const { db, t } = await getDatabase();
  const [row] = await db.select({ name: t.user.name }).from(t.user).where(eq(t.user.id, viewer.userId));
  return row?.name ?? '';
}
