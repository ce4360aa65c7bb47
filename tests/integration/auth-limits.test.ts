// Sign-in, sign-up and account updates cannot be used to exhaust the server or to guess a password
// from many addresses (issue 11, items 1 and 2), driven through the /api/auth route handler.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setAuth } from '@/server/auth';
import { failedSignInMax, maxNameLength } from '@/server/auth/account-limits';
import { createAuth } from '@/server/auth/config';
import { authRouteHandler, maxAuthBodyBytes } from '@/server/auth/route-handler';
import { clientAddressHeader, installClientAddressStamp } from '@/server/client-address';
import { baseUrl, testSecret, stopApp } from '../support/api-harness';
import { testDialects, useTestDatabase, type TestDatabase } from '../support/test-databases';

describe.each(testDialects)('auth limits on %s', (dialect) => {
  let test: TestDatabase;
  let ip = 1;
  const nextIp = () => `10.9.${Math.floor(ip / 250)}.${(ip++ % 250) + 1}`;

  function authRequest(path: string, body: unknown, init: { cookie?: string; headers?: Record<string, string> } = {}) {
    return authRouteHandler(
      new Request(`${baseUrl}/api/auth${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: baseUrl,
          [clientAddressHeader()]: nextIp(),
          ...(init.cookie ? { cookie: init.cookie } : {}),
          ...init.headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  }
  const anna = { name: 'Anna', email: 'anna@example.com', password: 'correct-horse-battery' };
  const storedName = async (email: string) => (await test.query<{ name: string }>('select name from "user" where email = ?', [email]))[0]?.name;

  beforeAll(async () => {
    test = await useTestDatabase(dialect);
    // A high per-address limit: these tests are about the limits per account and for everyone.
    setAuth(createAuth({ database: test.database, baseUrl, secret: testSecret, rateLimitMax: 1000, signUpRateLimitMax: 5 }));
  });
  afterAll(() => stopApp(test));
  beforeEach(() => test.reset());

  it('refuses a 50 MB name by its declared length with 413 in the JSON error shape, and stores nothing', async () => {
    const huge = JSON.stringify({ ...anna, name: 'x'.repeat(50 * 1024 * 1024) });
    const response = await authRequest('/sign-up/email', huge);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('payload-too-large');
    expect(await storedName(anna.email)).toBeUndefined();
  });

  it('refuses a streamed body that passes its size while being read', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 64) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const request = new Request(`${baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl, 'transfer-encoding': 'chunked', [clientAddressHeader()]: nextIp() },
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await authRouteHandler(request);
    expect(response.status).toBe(413);
    // It stopped reading soon after the limit instead of taking the whole body in.
    expect(sent).toBeLessThan(Math.ceil(maxAuthBodyBytes / chunk.byteLength) + 3);
  });

  it('keeps a name trimmed and at most 100 characters, refuses an empty one and any image, on sign-up and on update', async () => {
    expect((await authRequest('/sign-up/email', { ...anna, name: 'x'.repeat(maxNameLength + 1) })).status).toBe(400);
    expect((await authRequest('/sign-up/email', { ...anna, name: '   ' })).status).toBe(400);
    expect((await authRequest('/sign-up/email', { ...anna, image: 'https://example.com/a.png' })).status).toBe(400);
    expect(await storedName(anna.email)).toBeUndefined();

    const created = await authRequest('/sign-up/email', { ...anna, name: `  ${'a'.repeat(maxNameLength)}  ` });
    expect(created.status).toBe(200);
    expect(await storedName(anna.email)).toBe('a'.repeat(maxNameLength));
    const cookie = (created.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    expect((await authRequest('/update-user', { name: 'b'.repeat(maxNameLength + 1) }, { cookie })).status).toBe(400);
    expect((await authRequest('/update-user', { name: '' }, { cookie })).status).toBe(400);
    expect((await authRequest('/update-user', { image: 'data:image/png;base64,AAAA' }, { cookie })).status).toBe(400);
    expect(await storedName(anna.email)).toBe('a'.repeat(maxNameLength));
    expect((await authRequest('/update-user', { name: ' Anna B ' }, { cookie })).status).toBe(200);
    expect(await storedName(anna.email)).toBe('Anna B');
  });

  it('limits failed sign-ins per account across addresses; a correct password does not reset the count, and is refused while locked', async () => {
    expect((await authRequest('/sign-up/email', anna)).status).toBe(200);
    const wrong = () => authRequest('/sign-in/email', { email: anna.email, password: 'not-the-password' });
    const right = () => authRequest('/sign-in/email', { email: anna.email, password: anna.password });
    for (let i = 0; i < failedSignInMax / 2; i++) expect((await wrong()).status).toBe(401);
    // The owner signs in between the guesses: that must not hand the guesser a fresh window.
    expect((await right()).status).toBe(200);
    for (let i = failedSignInMax / 2; i < failedSignInMax; i++) expect((await wrong()).status).toBe(401);
    const locked = await wrong();
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
    // Even the right password now waits: otherwise the refusal would tell which guess was right.
    expect((await right()).status).toBe(429);
    // Another account is not affected.
    expect((await authRequest('/sign-up/email', { ...anna, email: 'bram@example.com' })).status).toBe(200);
    expect((await authRequest('/sign-in/email', { email: 'bram@example.com', password: anna.password })).status).toBe(200);
  });

  it('caps sign-ups per minute for everyone together, whatever the address', async () => {
    for (let i = 0; i < 5; i++) expect((await authRequest('/sign-up/email', { ...anna, email: `p${i}@example.com` })).status).toBe(200);
    const refused = await authRequest('/sign-up/email', { ...anna, email: 'p5@example.com' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await storedName('p5@example.com')).toBeUndefined();
  });
});

describe('per-address limit behind no trusted proxy', () => {
  let test: TestDatabase;
  let server: http.Server;
  let origin: string;

  beforeAll(async () => {
    test = await useTestDatabase('sqlite');
    setAuth(createAuth({ database: test.database, baseUrl, secret: testSecret, rateLimitMax: 5 }));
    // As the real server does (server/start.ts): the stamp is the socket's address unless TRUST_PROXY.
    installClientAddressStamp(0);
    server = http.createServer(async (incoming, outgoing) => {
      const chunks: Buffer[] = [];
      for await (const chunk of incoming) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
      const response = await authRouteHandler(new Request(`${baseUrl}${incoming.url}`, { method: incoming.method, headers, body: Buffer.concat(chunks) }));
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    setAuth(undefined);
    await test.close();
  });

  it('counts rotating X-Forwarded-For values as the one address they come from', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await fetch(`${origin}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: baseUrl, 'x-forwarded-for': `198.51.100.${i + 1}` },
        // A different account each time: only the per-address limit can stop this.
        body: JSON.stringify({ email: `guess${i}@example.com`, password: 'not-the-password' }),
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
