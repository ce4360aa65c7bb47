import 'server-only';
import type { SessionCursor } from '@/db/queries/session-pages';
import { sessionIdSchema } from '@/lib/session/protocol/upload-schema';
import { AppError } from '@/server/http/app-error';

export const defaultSessionPageSize = 100;
export const maxSessionPageSize = 500;

/** Opaque to the client: the start time and id of the last row it has, base64url-encoded. */
export function encodeSessionCursor(cursor: SessionCursor): string {
  return Buffer.from(`${cursor.startedAtMs}.${cursor.id}`).toString('base64url');
}

export function decodeSessionCursor(text: string): SessionCursor | null {
  const [ms, id, ...rest] = Buffer.from(text, 'base64url').toString('utf8').split('.');
  const startedAtMs = Number(ms);
  const parsedId = sessionIdSchema.safeParse(id);
  if (rest.length > 0 || !Number.isSafeInteger(startedAtMs) || !parsedId.success) return null;
  return { startedAtMs, id: parsedId.data };
}

/** `?cursor=…&limit=…` of GET /api/sessions; a cursor or limit that is not one is the caller's mistake. */
export function readSessionPageQuery(url: URL, defaultLimit = defaultSessionPageSize): { cursor?: SessionCursor; limit: number } {
  const limitText = url.searchParams.get('limit');
  const limit = limitText === null ? defaultLimit : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > maxSessionPageSize) {
    throw new AppError(400, 'invalid-request', `limit is a whole number from 1 to ${maxSessionPageSize}.`);
  }
  const cursorText = url.searchParams.get('cursor');
  if (cursorText === null || cursorText === '') return { limit };
  const cursor = decodeSessionCursor(cursorText);
  if (!cursor) throw new AppError(400, 'invalid-request', 'The cursor is not one this server gave out; start from the first page.');
  return { cursor, limit };
}
