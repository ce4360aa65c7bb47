import 'server-only';
import crypto from 'node:crypto';
import http from 'node:http';
import net from 'node:net';

/**
 * The limiters count a client by the address the server stamps on each request itself, because a route
 * handler never sees the socket and X-Forwarded-For is whatever the client wrote unless a proxy we trust
 * replaced it. The stamp's header name carries a random per-process suffix: a client cannot send it,
 * and a request that arrived before the stamp was installed (during start-up) simply has none — the
 * auth library then counts it in one shared bucket, which nobody can dodge either.
 */
const prefix = 'x-herstel-client-address';
const state = globalThis as typeof globalThis & { [key: symbol]: string | boolean | undefined };
const nonceKey = Symbol.for('herstel.clientAddressNonce');
const installedKey = Symbol.for('herstel.clientAddressStamp');

/** The header the stamp writes (the same in every bundle of this process). */
export function clientAddressHeader(): string {
  state[nonceKey] ??= crypto.randomBytes(12).toString('hex');
  return `${prefix}-${state[nonceKey]}`;
}

/** "203.0.113.9", "203.0.113.9:5678", "[2001:db8::1]:443" → the address, or null when it is not one. */
function parseAddress(entry: string): string | null {
  const trimmed = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(trimmed);
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(trimmed);
  const candidate = bracketed?.[1] ?? withPort?.[1] ?? trimmed;
  return net.isIP(candidate) ? candidate : null;
}

/**
 * With `trustedHops` proxies in front (TRUST_PROXY), the client is the entry the outermost of them
 * appended to X-Forwarded-For: the `trustedHops`-th from the right. Anything else — no proxy trusted,
 * too few entries, an entry that is not an address — falls back to the socket's peer.
 */
export function resolveClientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedHops: number): string {
  if (trustedHops > 0) {
    const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
    const hops = header.split(',').filter((hop) => hop.trim() !== '');
    const entry = hops.length >= trustedHops ? hops[hops.length - trustedHops] : undefined;
    const address = entry === undefined ? null : parseAddress(entry);
    if (address) return address;
  }
  return socketAddress ?? 'unknown';
}

/** Stamps every incoming request of this process's HTTP servers, before Next.js handles it. */
export function installClientAddressStamp(trustedHops: number): void {
  const proto = http.Server.prototype;
  if (state[installedKey]) return;
  state[installedKey] = true;
  const header = clientAddressHeader();
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function stampedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      for (const name of Object.keys(request.headers)) if (name.startsWith(prefix)) delete request.headers[name];
      request.headers[header] = resolveClientAddress(request.headers['x-forwarded-for'], request.socket?.remoteAddress, trustedHops);
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
