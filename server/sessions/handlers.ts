import 'server-only';
import { refundRequestLimit, takeRequestLimit } from '@/db/queries/request-limits';
import { listSessionPage } from '@/db/queries/session-pages';
import { deleteSession, getSession, setSessionCheckIn, setSessionContext } from '@/db/queries/sessions';
import type { Viewer } from '@/db/viewer';
import { timeZoneCookie, validTimeZone } from '@/lib/i18n/time-zone';
import { sessionContextSchema } from '@/lib/trends/context';
import { checkInSchema, sessionIdSchema, uploadLimits } from '@/lib/session/protocol/upload-schema';
import { getRequestViewer } from '@/server/auth';
import { getServerEnv } from '@/server/env';
import { AppError, jsonResponse } from '@/server/http/app-error';
import { readBodyBytes, readJsonBody } from '@/server/http/read-json-body';
import { withErrors } from '@/server/http/with-errors';
import { toDetail, toDetailWithBeats, toListItem } from './dto';
import { encodeSessionCursor, readSessionPageQuery } from './list-page';
import { toIssues } from './prepare-upload';
import { storeUploadedSession } from './store';

/** Route context of /api/sessions/[id]… as Next.js passes it. */
export interface SessionIdContext {
  params: Promise<{ id: string }>;
}

/** A check-in is six small numbers; anything near this size is not one. */
const maxCheckInBytes = 4_096;
/** Twelve tags of 32 characters and a note of 1000, with room for escapes. */
const maxContextBytes = 16_384;
const uploadWindowMs = 10 * 60 * 1000;

/** The zone the page reported in its cookie (lib/i18n/time-zone.ts), if it is a real one. */
export function cookieTimeZone(request: Request): string | null {
  const pair = (request.headers.get('cookie') ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${timeZoneCookie}=`));
  return pair ? validTimeZone(decodeURIComponent(pair.slice(timeZoneCookie.length + 1))) : null;
}

export const notFound = () => new AppError(404, 'not-found', 'No such session.');

export async function requireViewer(request: Request): Promise<Viewer> {
  const viewer = await getRequestViewer(request);
  if (!viewer) throw new AppError(401, 'unauthenticated', 'Sign in to keep and see your sessions.');
  return viewer;
}

/** The viewer and a well-formed session id; a malformed id cannot name a session: same answer as an unknown one. */
export async function viewerAndId(request: Request, context: SessionIdContext): Promise<{ viewer: Viewer; id: string }> {
  const viewer = await requireViewer(request);
  const { id } = await context.params;
  const parsed = sessionIdSchema.safeParse(id);
  if (!parsed.success) throw notFound();
  // Stored in lower case (upload-schema.ts): an id in upper case names the same session.
  return { viewer, id: parsed.data };
}

/**
 * A real person saves a session every few minutes at most; an offline queue's retries come well under
 * the limit. Counted in the database, so it holds across app instances.
 */
export async function enforceUploadLimit(viewer: Viewer): Promise<() => Promise<void>> {
  const key = `upload:${viewer.userId}`;
  const decision = await takeRequestLimit(key, getServerEnv().uploadRateLimitMax, uploadWindowMs);
  if (!decision.allowed) {
    throw new AppError(429, 'rate-limited', 'Too many uploads in a short time; the session is kept and retried.', { retryAfterS: decision.retryAfterS });
  }
  return () => refundRequestLimit(key, decision.windowStartMs);
}

/** Refused bodies (malformed, too large) do not use up the person's allowance: only real uploads do. */
export const refusedBody = (error: unknown) => error instanceof AppError && (error.status === 400 || error.status === 413 || error.status === 415);

export const createSessionHandler = withErrors(async (request: Request) => {
  const viewer = await requireViewer(request);
  const refund = await enforceUploadLimit(viewer);
  const saved = await storeUploadedSession(viewer, await readBodyBytes(request, uploadLimits.maxBodyBytes), cookieTimeZone(request)).catch(
    async (error: unknown) => {
      if (refusedBody(error)) await refund();
      throw error;
    },
  );
  return jsonResponse(saved.outcome === 'created' ? 201 : 200, { session: toDetail(saved.row) });
});

export const listSessionsHandler = withErrors(async (request: Request) => {
  const viewer = await requireViewer(request);
  const page = await listSessionPage(viewer, readSessionPageQuery(new URL(request.url), getServerEnv().sessionsPageSize));
  return jsonResponse(200, { sessions: page.rows.map(toListItem), nextCursor: page.next ? encodeSessionCursor(page.next) : null });
});

export const getSessionHandler = withErrors(async (request: Request, context: SessionIdContext) => {
  const { viewer, id } = await viewerAndId(request, context);
  const row = await getSession(viewer, id);
  if (!row) throw notFound();
  return jsonResponse(200, { session: toDetailWithBeats(row) });
});

export const deleteSessionHandler = withErrors(async (request: Request, context: SessionIdContext) => {
  const { viewer, id } = await viewerAndId(request, context);
  if (!(await deleteSession(viewer, id))) throw notFound();
  return new Response(null, { status: 204 });
});

export const putCheckInHandler = withErrors(async (request: Request, context: SessionIdContext) => {
  const { viewer, id } = await viewerAndId(request, context);
  const parsed = checkInSchema.safeParse(await readJsonBody(request, maxCheckInBytes));
  if (!parsed.success) throw new AppError(400, 'invalid-check-in', 'Each answer is a whole number from 1 to 5.', { issues: toIssues(parsed.error) });
  // An empty check-in would erase the saved answers: refused, the stored ones stay.
  if (Object.keys(parsed.data).length === 0) throw new AppError(400, 'invalid-check-in', 'A check-in needs at least one answer.');
  if (!(await setSessionCheckIn(viewer, id, parsed.data))) throw notFound();
  return jsonResponse(200, { checkIn: parsed.data });
});

export const putContextHandler = withErrors(async (request: Request, context: SessionIdContext) => {
  const { viewer, id } = await viewerAndId(request, context);
  const parsed = sessionContextSchema.safeParse(await readJsonBody(request, maxContextBytes));
  if (!parsed.success) {
    throw new AppError(400, 'invalid-context', 'Up to 12 tags of 1 to 32 characters, and a note of at most 1000 characters.', { issues: toIssues(parsed.error) });
  }
  if (!(await setSessionContext(viewer, id, parsed.data))) throw notFound();
  return jsonResponse(200, parsed.data);
});
