import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddressHeader, installClientAddressStamp, resolveClientAddress } from './client-address';

describe('resolveClientAddress', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted: a client cannot choose its address', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', 0)).toBe('198.51.100.1');
    expect(resolveClientAddress(undefined, '198.51.100.1', 0)).toBe('198.51.100.1');
  });

  it('behind trusted proxies takes the entry the outermost one appended, not what the client wrote', () => {
    expect(resolveClientAddress('1.2.3.4, 203.0.113.9', '10.0.0.2', 1)).toBe('203.0.113.9');
    expect(resolveClientAddress(['1.2.3.4', '203.0.113.9'], '10.0.0.2', 1)).toBe('203.0.113.9');
    // CDN → nginx → app: nginx appended the CDN edge, the CDN appended the client.
    expect(resolveClientAddress('1.2.3.4, 203.0.113.9, 192.0.2.50', '10.0.0.2', 2)).toBe('203.0.113.9');
    expect(resolveClientAddress('[2001:db8::7]:443', '10.0.0.2', 1)).toBe('2001:db8::7');
    expect(resolveClientAddress('203.0.113.9:5678', '10.0.0.2', 1)).toBe('203.0.113.9');
  });

  it('falls back to the socket when the trusted entry is missing or not an address', () => {
    expect(resolveClientAddress(undefined, '10.0.0.2', 1)).toBe('10.0.0.2');
    expect(resolveClientAddress('unknown', '10.0.0.2', 1)).toBe('10.0.0.2');
    expect(resolveClientAddress('203.0.113.9', '10.0.0.2', 2)).toBe('10.0.0.2');
  });
});

describe('the stamp on incoming requests', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    installClientAddressStamp(0);
    server = http.createServer((request, response) => response.end(JSON.stringify(request.headers)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('writes the socket address under a name no client can send, and drops what a client sent', async () => {
    const header = clientAddressHeader();
    const seen = (await (
      await fetch(url, { headers: { 'x-forwarded-for': '203.0.113.9', 'x-herstel-client-address': '192.0.2.1', [header]: '192.0.2.2' } })
    ).json()) as Record<string, string>;
    expect(header).toMatch(/^x-herstel-client-address-[0-9a-f]{24}$/);
    expect(seen[header]).toBe('127.0.0.1');
    expect(seen['x-herstel-client-address']).toBeUndefined();
  });
});
