import 'server-only';
import { AppError } from './app-error';

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The same origin spelled with the other loopback name: browsers treat them as two origins, Herstel as one app. */
function withLoopbackTwin(origin: string): string[] {
  const url = new URL(origin);
  const port = url.port ? `:${url.port}` : '';
  if (url.hostname === 'localhost') return [origin, `${url.protocol}//127.0.0.1${port}`];
  if (url.hostname === '127.0.0.1') return [origin, `${url.protocol}//localhost${port}`];
  return [origin];
}

/**
 * The origins the app is served from: BETTER_AUTH_URL's when it is set (behind a proxy the Host header
 * may be an internal name), else the origin the request itself was addressed to.
 */
export function appOrigins(request: Request, configuredUrl = process.env.BETTER_AUTH_URL): string[] {
  const own = configuredUrl ? new URL(configuredUrl).origin : new URL(request.url).origin;
  return withLoopbackTwin(own);
}

/**
 * A body is there when a length above zero is declared or it is streamed (chunked): an HTTP/1.1 request
 * with a body always says one of the two, and a DELETE without one says neither.
 */
function hasBody(request: Request): boolean {
  const length = request.headers.get('content-length');
  if (length !== null) return Number(length) > 0;
  return request.headers.has('transfer-encoding');
}

/**
 * Refuses a write another site could make a browser send. A cross-site form or `text/plain` fetch
 * needs no CORS preflight, so the cookie would ride along: every write must come from the app's own
 * pages (Origin, or Sec-Fetch-Site where a browser sends no Origin) and carry JSON (or, where a route
 * takes files, multipart: the Origin check is what keeps a cross-site form out there). A request with
 * neither header is refused too — the app's own pages always send them, and the README says so.
 */
/** What a write's body may be: JSON everywhere; a route that takes files says so (withErrors' options). */
export const jsonOnly: readonly string[] = ['application/json'];

export function guardWrite(request: Request, configuredUrl?: string, bodyTypes: readonly string[] = jsonOnly): void {
  if (readMethods.has(request.method.toUpperCase())) return;
  const origin = request.headers.get('origin');
  if (origin !== null) {
    if (!appOrigins(request, configuredUrl).includes(origin)) throw forbiddenOrigin();
  } else {
    const site = request.headers.get('sec-fetch-site');
    if (site !== 'same-origin' && site !== 'none') throw forbiddenOrigin();
  }
  if (hasBody(request)) {
    const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type === undefined || !bodyTypes.includes(type)) {
      throw new AppError(415, 'unsupported-media-type', `Send the body as ${bodyTypes.join(' or ')}.`);
    }
  }
}

const forbiddenOrigin = () =>
  new AppError(403, 'forbidden-origin', 'This change can only be made from Herstel itself; reload the page and try again.');
