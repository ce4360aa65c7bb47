import 'server-only';
import { z } from 'zod';
import { takeRequestLimit } from '@/db/queries/request-limits';
import { deleteSession, getSession, listSessions, setSessionCheckIn } from '@/db/queries/sessions';
import type { Viewer } from '@/db/viewer';
import { checkInSchema, sessionUploadSchema, uploadLimits } from '@/lib/session/protocol/upload-schema';
import { getRequestViewer } from '@/server/auth';
import { getServerEnv } from '@/server/env';
import { AppError, jsonResponse, type ApiIssue } from '@/server/http/app-error';
import { readJsonBody } from '@/server/http/read-json-body';
import { withErrors } from '@/server/http/with-errors';
import { toDetail, toDetailWithBeats, toListItem } from './dto';
import { storeUploadedSession } from './store';

/** Route context of /api/sessions/[id]… as Next.js passes it. */
export interface SessionIdContext {
  params: Promise<{ id: string }>;
}

const idSchema = z.uuid();
/** A check-in is six small numbers; anything near this size is not one. */
const maxCheckInBytes = 4_096;
/** So a wildly wrong upload (thousands of bad beats) answers with a readable list, not megabytes. */
const maxIssues = 20;
const uploadWindowMs = 10 * 60 * 1000;

const notFound = () => new AppError(404, 'not-found', 'No such session.');

function toIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.slice(0, maxIssues).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

async function requireViewer(request: Request): Promise<Viewer> {
  const viewer = await getRequestViewer(request);
  if (!viewer) throw new AppError(401, 'unauthenticated', 'Sign in to keep and see your sessions.');
  return viewer;
}

/** The viewer and a well-formed session id; a malformed id cannot name a session: same answer as an unknown one. */
async function viewerAndId(request: Request, context: SessionIdContext): Promise<{ viewer: Viewer; id: string }> {
  const viewer = await requireViewer(request);
  const { id } = await context.params;
  if (!idSchema.safeParse(id).success) throw notFound();
  return { viewer, id };
}

/**
 * A real person saves a session every few minutes at most; an offline queue's retries come well under
 * the limit. Counted in the database, so it holds across app instances.
 */
async function enforceUploadLimit(viewer: Viewer): Promise<void> {
  const decision = await takeRequestLimit(`upload:${viewer.userId}`, getServerEnv().uploadRateLimitMax, uploadWindowMs);
  if (!decision.allowed) {
    throw new AppError(429, 'rate-limited', 'Too many uploads in a short time; the session is kept and retried.', { retryAfterS: decision.retryAfterS });
  }
}

export const createSessionHandler = withErrors(async (request: Request) => {
  const viewer = await requireViewer(request);
  await enforceUploadLimit(viewer);
  const parsed = sessionUploadSchema.safeParse(await readJsonBody(request, uploadLimits.maxBodyBytes));
  if (!parsed.success) {
    throw new AppError(400, 'invalid-session', 'The session upload is not valid; nothing was stored.', { issues: toIssues(parsed.error) });
  }
  const saved = await storeUploadedSession(viewer, parsed.data);
  if (saved.outcome === 'conflict') throw new AppError(409, 'conflict', 'This session id cannot be used; make a new one.');
  return jsonResponse(saved.outcome === 'created' ? 201 : 200, { session: toDetail(saved.row) });
});

export const listSessionsHandler = withErrors(async (request: Request) => {
  const viewer = await requireViewer(request);
  return jsonResponse(200, { sessions: (await listSessions(viewer)).map(toListItem) });
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
  if (!(await setSessionCheckIn(viewer, id, parsed.data))) throw notFound();
  return jsonResponse(200, { checkIn: parsed.data });
});
