// Writes only from the app itself, uploads that do not count when refused, paging past 500, and a
// PostgreSQL that cannot write answering 503 (issue 11, items 2, 3, 7 and 8), on both databases.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getSession, saveSessionOnce } from '@/db/queries/sessions';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { setAuth } from '@/server/auth';
import { createAuth, type Auth } from '@/server/auth/config';
import { authRouteHandler } from '@/server/auth/route-handler';
import { resetServerEnv } from '@/server/env';
import { createSessionHandler, deleteSessionHandler, getSessionHandler, listSessionsHandler, putCheckInHandler } from '@/server/sessions/handlers';
import { baseUrl, idContext, signUp, testSecret, startApp, stopApp } from '../support/api-harness';
import { testDialects, useTestDatabase, type TestDatabase } from '../support/test-databases';

type Headers = Record<string, string>;
const send = (method: string, path: string, headers: Headers, body?: string) => new Request(`${baseUrl}${path}`, { method, headers, body });
const foreign = 'https://evil.example';

describe.each(testDialects)('session hardening on %s', (dialect) => {
  let test: TestDatabase;
  let auth: Auth;
  let anna: string;
  let bram: string;
  let ip = 1;

  beforeAll(async () => {
    ({ test, auth } = await startApp(dialect, { rateLimitMax: 1000 }));
  });
  afterAll(() => stopApp(test));
  beforeEach(async () => {
    await test.reset();
    anna = await signUp(auth, 'anna@example.com', `10.7.0.${ip++}`);
    bram = await signUp(auth, 'bram@example.com', `10.7.0.${ip++}`);
  });
  afterEach(() => {
    delete process.env.UPLOAD_RATE_LIMIT_MAX;
    resetServerEnv();
  });

  const json = (cookie: string, extra: Headers = {}) => ({ 'content-type': 'application/json', origin: baseUrl, cookie, ...extra });
  const listIds = async (cookie: string) => ((await (await listSessionsHandler(send('GET', '/api/sessions', { cookie }))).json()).sessions as { id: string }[]).map((s) => s.id);

  describe('writes only from the app itself', () => {
    it('refuses a cross-origin text/plain POST and stores nothing', async () => {
      const response = await createSessionHandler(send('POST', '/api/sessions', { 'content-type': 'text/plain', origin: foreign, cookie: anna }, JSON.stringify(makeUpload())));
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe('forbidden-origin');
      expect(await listIds(anna)).toEqual([]);
    });

    it('refuses DELETE and PUT from a foreign origin, and a write that names no origin at all', async () => {
      const session = makeUpload({ id: crypto.randomUUID() });
      expect((await createSessionHandler(send('POST', '/api/sessions', json(anna), JSON.stringify(session)))).status).toBe(201);
      const removed = await deleteSessionHandler(send('DELETE', `/api/sessions/${session.id}`, { origin: foreign, cookie: anna }), idContext(session.id));
      expect(removed.status).toBe(403);
      const checkIn = await putCheckInHandler(send('PUT', `/api/sessions/${session.id}/check-in`, json(anna, { origin: foreign }), '{"mood":2}'), idContext(session.id));
      expect(checkIn.status).toBe(403);
      const anonymous = await deleteSessionHandler(send('DELETE', `/api/sessions/${session.id}`, { cookie: anna }), idContext(session.id));
      expect(anonymous.status).toBe(403);
      const stored = await getSessionHandler(send('GET', `/api/sessions/${session.id}`, { cookie: anna }), idContext(session.id));
      expect((await stored.json()).session.checkIn).toBeNull();
    });

    it('accepts same-origin writes: by Origin (either loopback name), or by Sec-Fetch-Site without one; a body must be JSON', async () => {
      const first = makeUpload({ id: crypto.randomUUID() });
      expect((await createSessionHandler(send('POST', '/api/sessions', json(anna, { origin: baseUrl.replace('localhost', '127.0.0.1') }), JSON.stringify(first)))).status).toBe(201);
      const second = makeUpload({ id: crypto.randomUUID(), startedAt: '2026-11-22T08:00:00.000Z' });
      const bySite = { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', cookie: anna };
      expect((await createSessionHandler(send('POST', '/api/sessions', bySite, JSON.stringify(second)))).status).toBe(201);
      const crossSite = await createSessionHandler(send('POST', '/api/sessions', { ...bySite, 'sec-fetch-site': 'cross-site' }, JSON.stringify(makeUpload({ id: crypto.randomUUID() }))));
      expect(crossSite.status).toBe(403);
      const plainBody = JSON.stringify(makeUpload({ id: crypto.randomUUID() }));
      // As a server receives it: the length is declared (a Request made in-process has none yet).
      const plainHeaders = json(anna, { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(plainBody)) });
      const plain = await createSessionHandler(send('POST', '/api/sessions', plainHeaders, plainBody));
      expect(plain.status).toBe(415);
      expect((await plain.json()).error.code).toBe('unsupported-media-type');
      // A DELETE has no body: no content type needed.
      expect((await deleteSessionHandler(send('DELETE', `/api/sessions/${first.id}`, { origin: baseUrl, cookie: anna }), idContext(first.id))).status).toBe(204);
      expect(await listIds(anna)).toEqual([second.id]);
    });

    it('guards the auth routes too: a sign-up from another origin is refused before the library sees it', async () => {
      const body = JSON.stringify({ name: 'Eve', email: 'eve@example.com', password: 'correct-horse-battery' });
      const response = await authRouteHandler(send('POST', '/api/auth/sign-up/email', { 'content-type': 'text/plain', origin: foreign }, body));
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe('forbidden-origin');
      expect(await test.query('select id from "user" where email = ?', ['eve@example.com'])).toEqual([]);
    });
  });

  it('does not count malformed or refused uploads against the upload allowance', async () => {
    process.env.UPLOAD_RATE_LIMIT_MAX = '2';
    resetServerEnv();
    const post = (body: string) => createSessionHandler(send('POST', '/api/sessions', json(anna), body));
    for (let i = 0; i < 4; i++) expect((await post('{"not":"a session"}')).status).toBe(400);
    expect((await post('{broken')).status).toBe(400);
    expect((await post(JSON.stringify(makeUpload({ id: crypto.randomUUID() })))).status).toBe(201);
    expect((await post(JSON.stringify(makeUpload({ id: crypto.randomUUID(), startedAt: '2026-11-22T08:00:00.000Z' })))).status).toBe(201);
    const third = await post(JSON.stringify(makeUpload({ id: crypto.randomUUID(), startedAt: '2026-11-23T08:00:00.000Z' })));
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('pages through 618 sessions with a cursor, newest first, each exactly once; another person sees none of them', async () => {
    const template = makeUpload({ id: crypto.randomUUID() });
    expect((await createSessionHandler(send('POST', '/api/sessions', json(anna), JSON.stringify(template)))).status).toBe(201);
    const annaId = (await test.query<{ id: string }>('select id from "user" where email = ?', ['anna@example.com']))[0]?.id ?? '';
    const viewer = { userId: annaId, role: 'practising' as const };
    const stored = await getSession(viewer, template.id);
    if (!stored) throw new Error('template not stored');
    const { userId: _userId, createdAt: _createdAt, ...row } = stored;
    const t0 = Date.parse('2025-01-01T08:00:00.000Z');
    // Pairs share a start time, so the cursor must break ties by id.
    for (let i = 1; i < 618; i++) {
      await saveSessionOnce(viewer, { ...row, id: crypto.randomUUID(), startedAt: new Date(t0 + Math.floor(i / 2) * 3_600_000) });
    }
    const seen: { id: string; startedAt: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
      const response = await listSessionsHandler(send('GET', `/api/sessions${query}`, { cookie: anna }));
      expect(response.status).toBe(200);
      const body = (await response.json()) as { sessions: { id: string; startedAt: string; baselineRmssdMs: number | null }[]; nextCursor: string | null };
      expect(body.sessions.length).toBeLessThanOrEqual(100);
      seen.push(...body.sessions);
      cursor = body.nextCursor;
      pages++;
    } while (cursor !== null && pages < 20);
    expect(pages).toBe(7);
    expect(seen).toHaveLength(618);
    expect(new Set(seen.map((s) => s.id)).size).toBe(618);
    const times = seen.map((s) => Date.parse(s.startedAt));
    expect(times.every((time, i) => i === 0 || time <= (times[i - 1] ?? Infinity))).toBe(true);
    expect(await listIds(bram)).toEqual([]);

    const small = await (await listSessionsHandler(send('GET', '/api/sessions?limit=250', { cookie: anna }))).json();
    expect(small.sessions).toHaveLength(250);
    expect((await listSessionsHandler(send('GET', '/api/sessions?cursor=not-a-cursor', { cookie: anna }))).status).toBe(400);
    expect((await listSessionsHandler(send('GET', '/api/sessions?limit=5000', { cookie: anna }))).status).toBe(400);
  });
});

describe('a PostgreSQL that cannot write', () => {
  let test: TestDatabase;
  let anna: string;

  beforeAll(async () => {
    test = await useTestDatabase('postgres');
    const auth = createAuth({ database: test.database, baseUrl, secret: testSecret, rateLimitMax: 50 });
    setAuth(auth);
    anna = await signUp(auth, 'anna@example.com', '10.8.0.1');
  });
  afterAll(() => stopApp(test));

  /** Every connection read-only, as on a standby or a database an operator set read-only. */
  async function setReadOnly(on: boolean) {
    const statement = `set default_transaction_read_only = ${on ? 'on' : 'off'}`;
    const pool = (test.database as { pool?: import('pg').Pool }).pool;
    if (!pool) return void (await test.query(statement));
    // The test pool has at most 4 connections: holding 4 at once reaches each of them.
    const clients = await Promise.all([0, 1, 2, 3].map(() => pool.connect()));
    for (const client of clients) await client.query(statement);
    for (const client of clients) client.release();
  }

  it('answers an upload 503 storage-unavailable with a message, and works again once it can write', async () => {
    await setReadOnly(true);
    const body = JSON.stringify(makeUpload({ id: crypto.randomUUID() }));
    const headers = { 'content-type': 'application/json', origin: baseUrl, cookie: anna };
    try {
      const refused = await createSessionHandler(send('POST', '/api/sessions', headers, body));
      expect(refused.status).toBe(503);
      const { error } = await refused.json();
      expect(error.code).toBe('storage-unavailable');
      expect(error.message.length).toBeGreaterThan(10);
    } finally {
      await setReadOnly(false);
    }
    expect((await createSessionHandler(send('POST', '/api/sessions', headers, body))).status).toBe(201);
  });
});
