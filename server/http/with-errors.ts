import 'server-only';
import { guardWrite, jsonOnly } from './write-guard';
import { AppError, errorResponse } from './app-error';
import { isStorageFailure, storageUnavailable } from './storage-error';

/**
 * Wraps a route handler so that every failure answers JSON: an AppError as itself, a storage failure
 * (disk full, read-only, database unreachable) as 503 `storage-unavailable`, anything unexpected as 500
 * `internal` with a generic message — the detail goes to the server log, never to the caller.
 * `bodyTypes` widens the write guard's JSON-only rule for the one route that takes files.
 */
export function withErrors<Args extends unknown[]>(
  handler: (request: Request, ...rest: Args) => Promise<Response> | Response,
  { bodyTypes = jsonOnly }: { bodyTypes?: readonly string[] } = {},
) {
  return async (request: Request, ...rest: Args): Promise<Response> => {
    try {
      // Here, where every route handler passes, so no route can forget it.
      guardWrite(request, undefined, bodyTypes);
      return await handler(request, ...rest);
    } catch (error) {
      if (error instanceof AppError) return error.toResponse();
      const url = new URL(request.url);
      console.error(`[herstel] ${request.method} ${url.pathname} failed:`, error);
      if (isStorageFailure(error)) return storageUnavailable().toResponse();
      return errorResponse(500, 'internal', 'Something went wrong on the server; nothing was changed. Please try again.');
    }
  };
}
