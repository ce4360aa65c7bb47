// Invites, links and the access log through their route handlers, on both databases: an invite is
// single use (also under two accepts at once), valid 7 days and unguessable; either side ends a link
// and it takes effect on the very next read; the client sees every access in their log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Auth } from '@/server/auth/config';
import { getClientSessionHandler, listClientsHandler } from '@/server/practitioners/client-handlers';
import { inviteAlphabet, inviteCodeLength } from '@/server/practitioners/invites';
import { acceptInviteHandler, createInviteHandler, endLinkHandler, getInviteHandler, listAccessLogHandler, listLinksHandler } from '@/server/practitioners/link-handlers';
import { apiRequest, idContext, startApp, stopApp } from '../support/api-harness';
import { insertSessions, signUpAs, type Person } from '../support/practitioner-fixture';
import { testDialects, type TestDatabase } from '../support/test-databases';
import { uuidOf } from '../support/trend-rows';

const codeContext = (code: string) => ({ params: Promise.resolve({ code }) });

describe.each(testDialects)('invites and links on %s', (dialect) => {
  let test: TestDatabase;
  let auth: Auth;
  let anna: Person;
  let bram: Person;
  let pieter: Person;
  let petra: Person;

  beforeAll(async () => {
    ({ test, auth } = await startApp(dialect, { rateLimitMax: 500, signUpRateLimitMax: 500 }));
  });
  afterAll(() => stopApp(test));
  beforeEach(async () => {
    await test.reset();
    [anna, bram, pieter, petra] = await Promise.all([
      signUpAs(auth, 'Anna', 'practising'),
      signUpAs(auth, 'Bram', 'practising'),
      signUpAs(auth, 'Pieter', 'practitioner'),
      signUpAs(auth, 'Petra', 'practitioner'),
    ]);
  });

  const invite = async (who: Person) => {
    const response = await createInviteHandler(apiRequest('POST', '/api/invites', { cookie: who.cookie, body: {} }));
    expect(response.status).toBe(201);
    return (await response.json()) as { code: string; url: string; expiresAt: string };
  };
  const accept = (cookie: string | undefined, code: string, share: unknown = 'from-now') =>
    acceptInviteHandler(apiRequest('POST', `/api/invites/${code}/accept`, { cookie, body: { share } }), codeContext(code));
  const preview = (code: string, cookie?: string) => getInviteHandler(apiRequest('GET', `/api/invites/${code}`, { cookie }), codeContext(code));

  describe('POST /api/invites', () => {
    it('gives a practitioner a single-use code and link valid for 7 days; 403 for a practising person, 401 signed out', async () => {
      const before = Date.now();
      const created = await invite(pieter);
      expect(created.code).toHaveLength(inviteCodeLength);
      expect([...created.code].every((c) => inviteAlphabet.includes(c))).toBe(true);
      expect(created.url).toBe(`${new URL(created.url).origin}/invite/${created.code}`);
      const validMs = Date.parse(created.expiresAt) - before;
      expect(validMs).toBeGreaterThan(7 * 86_400_000 - 60_000);
      expect(validMs).toBeLessThanOrEqual(7 * 86_400_000 + 60_000);
      // Stored as a hash only: the code itself is nowhere in the database.
      const rows = await test.query<Record<string, unknown>>('select * from practitioner_invite');
      expect(JSON.stringify(rows)).not.toContain(created.code);

      expect((await createInviteHandler(apiRequest('POST', '/api/invites', { cookie: anna.cookie, body: {} }))).status).toBe(403);
      expect((await createInviteHandler(apiRequest('POST', '/api/invites', { body: {} }))).status).toBe(401);
      expect(await test.query('select id from practitioner_invite')).toHaveLength(1);
    });

    it('makes codes that differ every time', async () => {
      const codes = new Set<string>();
      for (let i = 0; i < 20; i++) codes.add((await invite(pieter)).code);
      expect(codes.size).toBe(20);
    });
  });

  describe('GET /api/invites/:code', () => {
    it('names the practitioner, signed in or out, also for the code typed in lower case with a dash', async () => {
      const { code } = await invite(pieter);
      expect(await (await preview(code)).json()).toEqual({ practitioner: { name: 'Pieter' } });
      expect((await preview(`${code.slice(0, 6).toLowerCase()}-${code.slice(6)}`, anna.cookie)).status).toBe(200);
    });

    it('answers 404 alike for an unknown, a malformed, a used and an expired code', async () => {
      const { code } = await invite(pieter);
      const unknown = code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`;
      for (const candidate of [unknown, 'short', '../../etc']) {
        const response = await preview(candidate);
        expect(response.status).toBe(404);
        expect((await response.json()).error.code).toBe('not-found');
      }
      expect((await accept(anna.cookie, code)).status).toBe(201);
      expect((await preview(code)).status).toBe(404);

      const { code: old } = await invite(pieter);
      await test.query('update practitioner_invite set expires_at = ? where used_at is null', [dialect === 'sqlite' ? Date.now() - 1000 : new Date(Date.now() - 1000)]);
      expect((await preview(old)).status).toBe(404);
      expect((await accept(bram.cookie, old)).status).toBe(404);
      expect(await test.query('select id from practitioner_link where client_id = ?', [bram.id])).toEqual([]);
    });
  });

  describe('POST /api/invites/:code/accept', () => {
    it('links a practising person with the share they chose', async () => {
      const { code } = await invite(pieter);
      const response = await accept(anna.cookie, code, 'all');
      expect(response.status).toBe(201);
      const { link } = await response.json();
      expect(link).toEqual({ id: expect.any(String), practitioner: { id: pieter.id, name: 'Pieter' }, share: 'all' });
      const links = await (await listLinksHandler(apiRequest('GET', '/api/links', { cookie: anna.cookie }))).json();
      expect(links.links).toEqual([expect.objectContaining({ id: link.id, side: 'client', practitioner: { id: pieter.id, name: 'Pieter' }, client: { id: anna.id, name: 'Anna' }, share: 'all' })]);
      const theirs = await (await listLinksHandler(apiRequest('GET', '/api/links', { cookie: pieter.cookie }))).json();
      expect(theirs.links).toEqual([expect.objectContaining({ id: link.id, side: 'practitioner' })]);
      expect((await (await listLinksHandler(apiRequest('GET', '/api/links', { cookie: bram.cookie }))).json()).links).toEqual([]);
      expect((await listLinksHandler(apiRequest('GET', '/api/links'))).status).toBe(401);
    });

    it('refuses signed out (401), a practitioner (403, also their own invite), a bad share (400) — and the invite stays usable', async () => {
      const { code } = await invite(pieter);
      expect((await accept(undefined, code)).status).toBe(401);
      expect((await accept(petra.cookie, code)).status).toBe(403);
      expect((await accept(pieter.cookie, code)).status).toBe(403);
      expect((await accept(anna.cookie, code, 'everything')).status).toBe(400);
      expect(await test.query('select id from practitioner_link')).toEqual([]);
      expect((await accept(anna.cookie, code)).status).toBe(201);
    });

    it('is single use: a second accept, by anyone, is 404', async () => {
      const { code } = await invite(pieter);
      expect((await accept(anna.cookie, code)).status).toBe(201);
      expect((await accept(anna.cookie, code)).status).toBe(404);
      expect((await accept(bram.cookie, code)).status).toBe(404);
      expect(await test.query('select id from practitioner_link')).toHaveLength(1);
    });

    it('lets exactly one of two accepts at once win', async () => {
      const { code } = await invite(pieter);
      const statuses = (await Promise.all([accept(anna.cookie, code), accept(bram.cookie, code)])).map((r) => r.status).sort();
      expect(statuses).toEqual([201, 404]);
      expect(await test.query('select id from practitioner_link')).toHaveLength(1);
    });

    it('refuses a second active link with the same practitioner (409) and keeps that invite unused; several practitioners are fine', async () => {
      expect((await accept(anna.cookie, (await invite(pieter)).code)).status).toBe(201);
      const { code: second } = await invite(pieter);
      expect((await accept(anna.cookie, second)).status).toBe(409);
      expect((await preview(second)).status).toBe(200);
      expect((await accept(anna.cookie, (await invite(petra)).code)).status).toBe(201);
      expect((await (await listLinksHandler(apiRequest('GET', '/api/links', { cookie: anna.cookie }))).json()).links).toHaveLength(2);
    });
  });

  describe('ending a link', () => {
    const sessionId = uuidOf(501);

    async function linked(share: 'from-now' | 'all' = 'all'): Promise<string> {
      await insertSessions(test.database, [{ id: sessionId, userId: anna.id, startedAt: '2026-11-20T07:00:00Z', localDate: '2026-11-20', baselineLnRmssd: 3.5 }]);
      return (await (await accept(anna.cookie, (await invite(pieter)).code, share)).json()).link.id as string;
    }
    const read = () =>
      getClientSessionHandler(apiRequest('GET', `/api/clients/${anna.id}/sessions/${sessionId}`, { cookie: pieter.cookie }), { params: Promise.resolve({ clientId: anna.id, id: sessionId }) });
    const end = (cookie: string | undefined, id: string) => endLinkHandler(apiRequest('DELETE', `/api/links/${id}`, { cookie }), idContext(id));

    for (const side of ['client', 'practitioner'] as const) {
      it(`by the ${side} takes effect on the very next read`, async () => {
        const id = await linked();
        expect((await read()).status).toBe(200);
        expect((await end(side === 'client' ? anna.cookie : pieter.cookie, id)).status).toBe(204);
        expect((await read()).status).toBe(404);
        expect((await (await listClientsHandler(apiRequest('GET', '/api/clients', { cookie: pieter.cookie }))).json()).clients).toEqual([]);
        expect((await (await listLinksHandler(apiRequest('GET', '/api/links', { cookie: anna.cookie }))).json()).links).toEqual([]);
        const [row] = await test.query<{ ended_by: string }>('select ended_by from practitioner_link where id = ?', [id]);
        expect(row?.ended_by).toBe(side);
        // Ended once: a second end is 404, and a new invite can link the two again.
        expect((await end(anna.cookie, id)).status).toBe(404);
        expect((await accept(anna.cookie, (await invite(pieter)).code)).status).toBe(201);
      });
    }

    it('is refused to anyone not on the link (404) and signed out (401)', async () => {
      const id = await linked();
      expect((await end(undefined, id)).status).toBe(401);
      expect((await end(bram.cookie, id)).status).toBe(404);
      expect((await end(petra.cookie, id)).status).toBe(404);
      expect((await end(anna.cookie, 'not-a-link-id')).status).toBe(404);
      expect((await read()).status).toBe(200);
    });
  });

  describe('GET /api/access-log', () => {
    it('shows the client who opened what, newest first; nobody else sees it', async () => {
      const sessionId = uuidOf(601);
      await insertSessions(test.database, [{ id: sessionId, userId: anna.id, startedAt: '2026-11-20T07:00:00Z', localDate: '2026-11-20', baselineLnRmssd: 3.5 }]);
      expect((await accept(anna.cookie, (await invite(pieter)).code, 'all')).status).toBe(201);
      expect((await listClientsHandler(apiRequest('GET', '/api/clients', { cookie: pieter.cookie }))).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const detail = await getClientSessionHandler(apiRequest('GET', `/api/clients/${anna.id}/sessions/${sessionId}`, { cookie: pieter.cookie }), { params: Promise.resolve({ clientId: anna.id, id: sessionId }) });
      expect(detail.status).toBe(200);
      // Petra has no link: her attempt is refused and not logged.
      const refused = await getClientSessionHandler(apiRequest('GET', `/api/clients/${anna.id}/sessions/${sessionId}`, { cookie: petra.cookie }), { params: Promise.resolve({ clientId: anna.id, id: sessionId }) });
      expect(refused.status).toBe(404);

      const log = await (await listAccessLogHandler(apiRequest('GET', '/api/access-log', { cookie: anna.cookie }))).json();
      expect(log.entries).toEqual([
        { practitioner: { id: pieter.id, name: 'Pieter' }, what: 'session', sessionId, sessionStartedAt: '2026-11-20T07:00:00.000Z', at: expect.any(String) },
        { practitioner: { id: pieter.id, name: 'Pieter' }, what: 'clients', sessionId: null, sessionStartedAt: null, at: expect.any(String) },
      ]);
      expect((await (await listAccessLogHandler(apiRequest('GET', '/api/access-log', { cookie: pieter.cookie }))).json()).entries).toEqual([]);
      expect((await (await listAccessLogHandler(apiRequest('GET', '/api/access-log', { cookie: bram.cookie }))).json()).entries).toEqual([]);
      expect((await listAccessLogHandler(apiRequest('GET', '/api/access-log'))).status).toBe(401);
    });
  });
});
