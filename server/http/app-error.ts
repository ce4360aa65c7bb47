import 'server-only';

export type ApiErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'forbidden-origin'
  | 'method-not-allowed'
  | 'rate-limited'
  | 'busy'
  | 'storage-unavailable'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'invalid-json'
  | 'invalid-request'
  | 'invalid-session'
  | 'invalid-import'
  | 'invalid-check-in'
  | 'invalid-context'
  | 'invalid-days'
  | 'not-found'
  | 'conflict'
  | 'ambiguous-session'
  | 'internal';

export interface ApiIssue {
  path: string;
  message: string;
}

/** A failure the caller can act on, with a stable code. Thrown anywhere below a handler; answered by withErrors. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: { issues?: ApiIssue[]; retryAfterS?: number } = {},
  ) {
    super(message);
  }

  toResponse(): Response {
    const response = errorResponse(this.status, this.code, this.message, this.extra.issues);
    if (this.extra.retryAfterS !== undefined) response.headers.set('Retry-After', String(this.extra.retryAfterS));
    return response;
  }
}

export function jsonResponse(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

export function errorResponse(status: number, code: ApiErrorCode, message: string, issues?: ApiIssue[]): Response {
  return jsonResponse(status, { error: { code, message, ...(issues ? { issues } : {}) } });
}
