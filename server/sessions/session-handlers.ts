import 'server-only';
import { z } from 'zod';
import type { AppDatabase } from '@/db/connection';
import { deleteOwnSession, getOwnSession, listOwnSessions, setOwnSessionCheckIn } from '@/db/practice-sessions';
import type { Auth } from '@/server/auth/config';
import { expectedUserHeader } from '@/lib/session/record';
import { checkInSchema, sessionUploadSchema, uploadLimits } from '@/lib/session/upload-schema';
import { errorResponse, jsonResponse, readJsonBody, type ApiIssue } from './http';
import { toDetail, toDetailWithBeats, toListItem } from './session-dto';
import { storeUploadedSession } from './store-session';
import { createUploadRateLimit, type UploadRateLimit } from './upload-rate-limit';

export interface SessionApiDeps {
  db: AppDatabase;
  auth: Auth;
  uploadRateLimit?: UploadRateLimit;
}

/** Route context of /api/sessions/[id]… as Next.js passes it. */
export interface SessionIdContext {
  params: Promise<{ id: string }>;
}

const idSchema = z.uuid();
/** A check-in is six small numbers; anything near this size is not one. */
const maxCheckInBytes = 4_096;
/** So a wildly wrong upload (thousands of bad beats) answers with a readable list, not megabytes. */
const maxIssues = 20;

const notFound = () => errorResponse(404, 'not-found', 'No such session.');

function toIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.slice(0, maxIssues).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * The session API as plain functions of a Request, so integration tests drive them against a temp
 * database and a real auth instance; app/api/sessions/** only wires in the app's db and auth.
 */
export function createSessionHandlers({ db, auth, uploadRateLimit = createUploadRateLimit() }: SessionApiDeps) {
  /**
   * The signed-in person, or null. A client that names the account a write is meant for (the session's
   * owner) is refused when someone else is signed in now, e.g. after an account switch in another tab.
   */
  async function whoAsks(request: Request): Promise<string | null> {
    const session = await auth.api.getSession({ headers: request.headers });
    const userId = session?.user.id ?? null;
    const expected = request.headers.get(expectedUserHeader);
    return expected !== null && expected !== userId ? null : userId;
  }
  const unauthenticated = () => errorResponse(401, 'unauthenticated', 'Sign in to keep and see your sessions.');

  /** Runs `fn` for a signed-in person and a well-formed id; everything else is answered before. */
  async function withOwnId(request: Request, context: SessionIdContext, fn: (userId: string, id: string) => Promise<Response> | Response) {
    const userId = await whoAsks(request);
    if (!userId) return unauthenticated();
    const { id } = await context.params;
    // A malformed id cannot name a session: same answer as an unknown one, and no database lookup.
    if (!idSchema.safeParse(id).success) return notFound();
    return fn(userId, id);
  }

  return {
    async create(request: Request): Promise<Response> {
      const userId = await whoAsks(request);
      if (!userId) return unauthenticated();
      const waitS = uploadRateLimit.take(userId);
      if (waitS !== null) {
        const limited = errorResponse(429, 'rate-limited', 'Too many uploads in a short time; the session is kept and retried.');
        limited.headers.set('Retry-After', String(waitS));
        return limited;
      }
      const body = await readJsonBody(request, uploadLimits.maxBodyBytes);
      if (!body.ok) return body.response;
      const parsed = sessionUploadSchema.safeParse(body.value);
      if (!parsed.success) {
        return errorResponse(400, 'invalid-session', 'The session upload is not valid; nothing was stored.', toIssues(parsed.error));
      }
      const saved = storeUploadedSession(db, userId, parsed.data);
      if (saved.outcome === 'conflict') return errorResponse(409, 'conflict', 'This session id cannot be used; make a new one.');
      return jsonResponse(saved.outcome === 'created' ? 201 : 200, { session: toDetail(saved.row) });
    },

    async list(request: Request): Promise<Response> {
      const userId = await whoAsks(request);
      if (!userId) return unauthenticated();
      return jsonResponse(200, { sessions: listOwnSessions(db, userId).map(toListItem) });
    },

    get: (request: Request, context: SessionIdContext) =>
      withOwnId(request, context, (userId, id) => {
        const row = getOwnSession(db, userId, id);
        return row ? jsonResponse(200, { session: toDetailWithBeats(row) }) : notFound();
      }),

    remove: (request: Request, context: SessionIdContext) =>
      withOwnId(request, context, (userId, id) => (deleteOwnSession(db, userId, id) ? new Response(null, { status: 204 }) : notFound())),

    putCheckIn: (request: Request, context: SessionIdContext) =>
      withOwnId(request, context, async (userId, id) => {
        const body = await readJsonBody(request, maxCheckInBytes);
        if (!body.ok) return body.response;
        const parsed = checkInSchema.safeParse(body.value);
        if (!parsed.success) return errorResponse(400, 'invalid-check-in', 'Each answer is a whole number from 1 to 5.', toIssues(parsed.error));
        return setOwnSessionCheckIn(db, userId, id, parsed.data) ? jsonResponse(200, { checkIn: parsed.data }) : notFound();
      }),
  };
}

export type SessionHandlers = ReturnType<typeof createSessionHandlers>;
