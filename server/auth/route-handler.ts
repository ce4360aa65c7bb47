import 'server-only';
import { AppError } from '@/server/http/app-error';
import { readBodyBytes } from '@/server/http/read-json-body';
import { withErrors } from '@/server/http/with-errors';
import { getAuth } from './index';

/** Sign-in, sign-up and account updates are a few short fields; nothing near this size is one. */
export const maxAuthBodyBytes = 4_096;

/**
 * Every /api/auth request, with its body read here first under a byte limit (by Content-Length, and
 * while streaming for a chunked body): the auth library would read any size into memory.
 */
export const authRouteHandler = withErrors(async (request: Request) => {
  const auth = await getAuth();
  if (request.method === 'GET' || request.method === 'HEAD') return auth.handler(request);
  const body = await readBodyBytes(request, maxAuthBodyBytes).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 413) {
      throw new AppError(413, 'payload-too-large', `A sign-in or account request is at most ${maxAuthBodyBytes} bytes.`);
    }
    throw error;
  });
  const headers = new Headers(request.headers);
  headers.delete('transfer-encoding');
  headers.set('content-length', String(body.byteLength));
  return auth.handler(new Request(request.url, { method: request.method, headers, body: body.byteLength > 0 ? body : undefined, signal: request.signal }));
});
