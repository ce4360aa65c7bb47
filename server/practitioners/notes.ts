import 'server-only';
// Notes a practitioner writes on a client's shared session; the client reads them under the session.
import crypto from 'node:crypto';
import { z } from 'zod';
import { deleteOwnNote, getOwnName, insertNote, listSessionNotes, readableSessionOwners, updateOwnNote, type NoteRow, type SessionKey } from '@/db/queries/notes';
import type { Viewer } from '@/db/viewer';
import { AppError } from '@/server/http/app-error';
import { notFound, requirePractitioner } from './errors';

export const maxNoteLength = 2000;
const noteTextSchema = z.string().trim().min(1).max(maxNoteLength);

export interface NoteView {
  id: string;
  sessionId: string;
  author: { id: string; name: string };
  text: string;
  createdAt: string;
  updatedAt: string;
  /** Written by the viewer: they may edit and delete it. */
  mine: boolean;
}

function parseText(text: unknown): string {
  const parsed = noteTextSchema.safeParse(text);
  if (!parsed.success) throw new AppError(400, 'invalid-request', `A note is 1 to ${maxNoteLength} characters.`);
  return parsed.data;
}

const toView = (viewer: Viewer, note: NoteRow, authorName: string): NoteView => ({
  id: note.id,
  sessionId: note.sessionId,
  author: { id: note.authorId, name: authorName },
  text: note.text,
  createdAt: note.createdAt.toISOString(),
  updatedAt: note.updatedAt.toISOString(),
  mine: note.authorId === viewer.userId,
});

/**
 * Which session an id in a URL names for this viewer. Ids are unique per person, so the owner comes from
 * `clientId` when the caller gives it; else it is the viewer's own session (when reading), else the one
 * client's session with that id they may read. Two clients with the same id — only ever on purpose — need
 * `clientId`: a note must never land under the wrong person's session.
 */
export async function resolveSessionKey(viewer: Viewer, sessionId: string, { clientId, writing }: { clientId?: string; writing: boolean }): Promise<SessionKey> {
  const owners = await readableSessionOwners(viewer, sessionId);
  if (clientId !== undefined) {
    if (!owners.includes(clientId)) throw notFound('No such session.');
    return { ownerId: clientId, sessionId };
  }
  if (!writing && owners.includes(viewer.userId)) return { ownerId: viewer.userId, sessionId };
  const clients = owners.filter((owner) => owner !== viewer.userId);
  if (clients.length === 0) throw notFound('No such session.');
  if (clients.length > 1) throw new AppError(409, 'ambiguous-session', 'More than one of your clients has a session with this id; name the client with ?clientId=.');
  return { ownerId: clients[0]!, sessionId };
}

/** The session's notes: all of them for its owner, a practitioner's own for a practitioner who may read it. */
export async function listNotes(viewer: Viewer, key: SessionKey): Promise<{ notes: NoteView[] }> {
  if (!(await readableSessionOwners(viewer, key.sessionId)).includes(key.ownerId)) throw notFound('No such session.');
  const rows = await listSessionNotes(viewer, key);
  return { notes: rows.map((row) => toView(viewer, row, row.authorName)) };
}

export async function addNote(viewer: Viewer, key: SessionKey, text: unknown, now = new Date()): Promise<{ note: NoteView }> {
  requirePractitioner(viewer);
  const clean = parseText(text);
  const row = await insertNote(viewer, { id: crypto.randomUUID(), ...key, text: clean, now });
  if (!row) throw notFound('No such session.');
  return { note: toView(viewer, row, await getOwnName(viewer)) };
}

export async function editNote(viewer: Viewer, noteId: string, text: unknown, now = new Date()): Promise<{ note: NoteView }> {
  const clean = parseText(text);
  const row = await updateOwnNote(viewer, noteId, clean, now);
  if (!row) throw notFound('No such note.');
  return { note: toView(viewer, row, await getOwnName(viewer)) };
}

export async function deleteNote(viewer: Viewer, noteId: string): Promise<void> {
  if (!(await deleteOwnNote(viewer, noteId))) throw notFound('No such note.');
}
