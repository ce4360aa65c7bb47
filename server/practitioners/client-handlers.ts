import 'server-only';
// Route handlers of a practitioner's view of their clients, and of notes.
import { z } from 'zod';
import { getServerEnv } from '@/server/env';
import { jsonResponse } from '@/server/http/app-error';
import { readJsonBody } from '@/server/http/read-json-body';
import { withErrors } from '@/server/http/with-errors';
import { toDetailWithBeats, toListItem } from '@/server/sessions/dto';
import { encodeSessionCursor, readSessionPageQuery } from '@/server/sessions/list-page';
import { requireTrendRange } from '@/server/trends/handlers';
import { getClientSession, getClientTrends, listClientSessions } from './client-data';
import { listClients } from './clients';
import { addNote, deleteNote, editNote, listNotes, resolveSessionKey } from './notes';
import { clearPrescription, getClientPrescription, setPrescription } from './prescriptions';
import { maxPractitionerBodyBytes, parseAccountId, parseSessionId, parseUuid, readBody, requireApiViewer, type RouteContext } from './request';
import { requirePractitioner } from './errors';

type ClientContext = RouteContext<{ clientId: string }>;
type ClientSessionContext = RouteContext<{ clientId: string; id: string }>;
type IdContext = RouteContext<{ id: string }>;

const noteSchema = z.object({ text: z.string() });

export const listClientsHandler = withErrors(async (request: Request) => {
  const viewer = await requireApiViewer(request);
  return jsonResponse(200, await listClients(viewer));
});

export const listClientSessionsHandler = withErrors(async (request: Request, context: ClientContext) => {
  const viewer = await requireApiViewer(request);
  const clientId = parseAccountId((await context.params).clientId);
  const page = await listClientSessions(viewer, clientId, readSessionPageQuery(new URL(request.url), getServerEnv().sessionsPageSize));
  return jsonResponse(200, { sessions: page.rows.map(toListItem), nextCursor: page.next ? encodeSessionCursor(page.next) : null });
});

export const getClientSessionHandler = withErrors(async (request: Request, context: ClientSessionContext) => {
  const viewer = await requireApiViewer(request);
  const params = await context.params;
  const row = await getClientSession(viewer, parseAccountId(params.clientId), parseSessionId(params.id));
  return jsonResponse(200, { session: toDetailWithBeats(row) });
});

export const getClientTrendsHandler = withErrors(async (request: Request, context: ClientContext) => {
  const viewer = await requireApiViewer(request);
  const clientId = parseAccountId((await context.params).clientId);
  const days = requireTrendRange(request);
  return jsonResponse(200, await getClientTrends(viewer, clientId, { days }));
});

export const getClientPrescriptionHandler = withErrors(async (request: Request, context: ClientContext) => {
  const viewer = await requireApiViewer(request);
  return jsonResponse(200, { prescription: await getClientPrescription(viewer, parseAccountId((await context.params).clientId)) });
});

export const putClientPrescriptionHandler = withErrors(async (request: Request, context: ClientContext) => {
  const viewer = await requireApiViewer(request);
  const clientId = parseAccountId((await context.params).clientId);
  return jsonResponse(200, { prescription: await setPrescription(viewer, clientId, await readJsonBody(request, maxPractitionerBodyBytes)) });
});

export const deleteClientPrescriptionHandler = withErrors(async (request: Request, context: ClientContext) => {
  const viewer = await requireApiViewer(request);
  await clearPrescription(viewer, parseAccountId((await context.params).clientId));
  return new Response(null, { status: 204 });
});

/** The optional `?clientId=` naming whose session the id is (ids are unique per person). */
function clientIdOf(request: Request): string | undefined {
  const raw = new URL(request.url).searchParams.get('clientId');
  return raw === null ? undefined : parseAccountId(raw);
}

export const listNotesHandler = withErrors(async (request: Request, context: IdContext) => {
  const viewer = await requireApiViewer(request);
  const sessionId = parseSessionId((await context.params).id);
  const key = await resolveSessionKey(viewer, sessionId, { clientId: clientIdOf(request), writing: false });
  return jsonResponse(200, await listNotes(viewer, key));
});

export const createNoteHandler = withErrors(async (request: Request, context: IdContext) => {
  const viewer = await requireApiViewer(request);
  const sessionId = parseSessionId((await context.params).id);
  const { text } = await readBody(request, noteSchema, 'Send { text } with the note.');
  requirePractitioner(viewer);
  const key = await resolveSessionKey(viewer, sessionId, { clientId: clientIdOf(request), writing: true });
  return jsonResponse(201, await addNote(viewer, key, text));
});

export const putNoteHandler = withErrors(async (request: Request, context: IdContext) => {
  const viewer = await requireApiViewer(request);
  const noteId = parseUuid((await context.params).id, 'note');
  const { text } = await readBody(request, noteSchema, 'Send { text } with the note.');
  return jsonResponse(200, await editNote(viewer, noteId, text));
});

export const deleteNoteHandler = withErrors(async (request: Request, context: IdContext) => {
  const viewer = await requireApiViewer(request);
  await deleteNote(viewer, parseUuid((await context.params).id, 'note'));
  return new Response(null, { status: 204 });
});
