// One request to the session API and what its answer means for the uploader.
import type { SyncError } from '@/lib/session/journal/journal-types';
import { expectedUserHeader } from '@/lib/session/protocol/record';

export type SyncOutcome =
  | { kind: 'ok'; status: number; body: unknown }
  /** Offline, a timeout, 408, 429 or 5xx: try again later. */
  | { kind: 'retry'; error: SyncError }
  /** 401: wait until the person signs in. */
  | { kind: 'auth'; error: SyncError }
  /** Any other 4xx: the server will never take this body; keep it and say why. */
  | { kind: 'permanent'; error: SyncError };

export type SendResult = { response: Response } | { failure: unknown };

const REQUEST_TIMEOUT_MS = 30_000;

/**
 * `ownerId` is the account the session belongs to: if someone else signed in meanwhile (in another tab of
 * the same browser, say), the server answers 401 and the session waits for its owner.
 */
export async function sendJson(fetchFn: typeof fetch, url: string, method: 'POST' | 'PUT', body: unknown, ownerId: string): Promise<SendResult> {
  try {
    const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(REQUEST_TIMEOUT_MS) : undefined;
    const response = await fetchFn(url, {
      method,
      headers: { 'content-type': 'application/json', [expectedUserHeader]: ownerId },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
    return { response };
  } catch (failure) {
    return { failure };
  }
}

export async function classifyResponse(result: SendResult): Promise<SyncOutcome> {
  if ('failure' in result) {
    const message = result.failure instanceof Error ? result.failure.message : String(result.failure);
    return { kind: 'retry', error: { code: 'network', message } };
  }
  const { response } = result;
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { kind: 'ok', status: response.status, body };
  const error = readError(body, response.status);
  if (response.status === 401) return { kind: 'auth', error };
  if (response.status === 408 || response.status === 429 || response.status >= 500) return { kind: 'retry', error };
  return { kind: 'permanent', error };
}

/** The server's `{ error: { code, message, issues } }`, with the first issue appended so the reason is concrete. */
function readError(body: unknown, status: number): SyncError {
  const error = (body as { error?: { code?: unknown; message?: unknown; issues?: { path?: unknown; message?: unknown }[] } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http-${status}`;
  let message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  const issue = Array.isArray(error?.issues) ? error.issues[0] : undefined;
  if (issue && typeof issue.message === 'string') message += ` (${typeof issue.path === 'string' && issue.path ? `${issue.path}: ` : ''}${issue.message})`;
  return { code, message };
}
