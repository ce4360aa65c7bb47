import 'server-only';
import http from 'node:http';

/**
 * The header every limiter reads the client's address from. The server sets it on each request itself
 * (overwriting whatever a client sent), because a route handler never sees the socket, and
 * X-Forwarded-For is whatever the client wrote unless a proxy we trust replaced it.
 */
export const clientAddressHeader = 'x-herstel-client-address';

/**
 * Behind a trusted proxy the client is the last address it appended to X-Forwarded-For; otherwise the
 * socket's peer. Without TRUST_PROXY a client cannot choose the address it is counted under.
 */
export function resolveClientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
    const hops = header.split(',').map((hop) => hop.trim()).filter(Boolean);
    const last = hops.at(-1);
    if (last) return last;
  }
  return socketAddress ?? 'unknown';
}

const installed = Symbol.for('herstel.clientAddressStamp');

/** Stamps every incoming request of this process's HTTP servers, before Next.js handles it. */
export function installClientAddressStamp(trustProxy: boolean): void {
  const proto = http.Server.prototype as http.Server & { [installed]?: boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function stampedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      request.headers[clientAddressHeader] = resolveClientAddress(request.headers['x-forwarded-for'], request.socket?.remoteAddress, trustProxy);
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
