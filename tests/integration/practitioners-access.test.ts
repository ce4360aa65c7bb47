// Who may read and write what of a client, through every practitioner route handler, on both databases:
// anonymous, the client, another client, a linked practitioner, an unlinked one, one whose link the
// client revoked, one who ended it, and a linked practitioner asking for a hidden session or one from
// before a "from now on" link. Each denial is asserted, and a denied read writes no access-log row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getClientSessionHandler, getClientTrendsHandler, listClientSessionsHandler, listClientsHandler, listNotesHandler, createNoteHandler, putClientPrescriptionHandler, getClientPrescriptionHandler, deleteClientPrescriptionHandler } from '@/server/practitioners/client-handlers';
import { putSharingHandler } from '@/server/practitioners/link-handlers';
import { getSessionHandler } from '@/server/sessions/handlers';
import { apiRequest, idContext, startApp, stopApp } from '../support/api-harness';
import { isoWeekStart } from '@/lib/trends/local-day';
import { listClients } from '@/server/practitioners/clients';
import { buildWorld, insertSessions, sessionIds, type Person, type PractitionerWorld } from '../support/practitioner-fixture';
import { uuidOf } from '../support/trend-rows';
import { testDialects, type TestDatabase } from '../support/test-databases';

type Actor = 'anonymous' | 'client' | 'otherClient' | 'linked' | 'unlinked' | 'revokedByClient' | 'endedByPractitioner';
const actors: Actor[] = ['anonymous', 'client', 'otherClient', 'linked', 'unlinked', 'revokedByClient', 'endedByPractitioner'];

const prescriptionBody = { protocol: { inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 60, breathingS: 300, recoveryS: 60 }, timesPerWeek: 7, minutesPerSession: 5 };

describe.each(testDialects)('practitioner access on %s', (dialect) => {
  let test: TestDatabase;
  let world: PractitionerWorld;

  const cookieOf = (actor: Actor): string | undefined => {
    const people: Record<Exclude<Actor, 'anonymous'>, Person> = {
      client: world.anna,
      otherClient: world.bram,
      linked: world.pieter,
      unlinked: world.petra,
      revokedByClient: world.ruud,
      endedByPractitioner: world.roos,
    };
    return actor === 'anonymous' ? undefined : people[actor].cookie;
  };
  const logRows = async () => Number((await test.query<{ n: number | string }>('select count(*) as n from access_log'))[0]?.n);
  const clientCtx = (clientId: string) => ({ params: Promise.resolve({ clientId }) });
  const clientSessionCtx = (clientId: string, id: string) => ({ params: Promise.resolve({ clientId, id }) });

  beforeAll(async () => {
    const app = await startApp(dialect, { rateLimitMax: 500, signUpRateLimitMax: 500 });
    test = app.test;
    const auth = app.auth;
    world = await buildWorld(auth, test.database);
  });
  afterAll(() => stopApp(test));

  // Routes that read a client's data and log it: the status each actor gets, and how many log rows an allowed read writes.
  const loggedReads: { name: string; call: (cookie: string | undefined) => Promise<Response>; expected: Record<Actor, number> }[] = [
    {
      name: 'GET /api/clients/:clientId/sessions',
      call: (cookie) => listClientSessionsHandler(apiRequest('GET', `/api/clients/${world.anna.id}/sessions`, { cookie }), clientCtx(world.anna.id)),
      expected: { anonymous: 401, client: 403, otherClient: 403, linked: 200, unlinked: 404, revokedByClient: 404, endedByPractitioner: 404 },
    },
    {
      name: 'GET /api/clients/:clientId/sessions/:id (shared after the link)',
      call: (cookie) => getClientSessionHandler(apiRequest('GET', `/api/clients/${world.anna.id}/sessions/${sessionIds.after}`, { cookie }), clientSessionCtx(world.anna.id, sessionIds.after)),
      expected: { anonymous: 401, client: 403, otherClient: 403, linked: 200, unlinked: 404, revokedByClient: 404, endedByPractitioner: 404 },
    },
    {
      name: 'GET /api/clients/:clientId/trends',
      call: (cookie) => getClientTrendsHandler(apiRequest('GET', `/api/clients/${world.anna.id}/trends?days=0`, { cookie }), clientCtx(world.anna.id)),
      expected: { anonymous: 401, client: 403, otherClient: 403, linked: 200, unlinked: 404, revokedByClient: 404, endedByPractitioner: 404 },
    },
  ];

  for (const route of loggedReads) {
    for (const actor of actors) {
      const status = route.expected[actor];
      it(`${route.name} as ${actor}: ${status}${status === 200 ? ', logged' : ', nothing logged'}`, async () => {
        const before = await logRows();
        const response = await route.call(cookieOf(actor));
        expect(response.status).toBe(status);
        if (status !== 200) expect((await response.json()).error.code).toBe({ 401: 'unauthenticated', 403: 'forbidden', 404: 'not-found' }[status]);
        expect(await logRows()).toBe(before + (status === 200 ? 1 : 0));
      });
    }
  }

  it('a linked practitioner gets 404 for a hidden session, one from before a "from now on" link, and another client’s session under this client — none logged', async () => {
    const before = await logRows();
    for (const id of [sessionIds.hidden, sessionIds.before, sessionIds.other]) {
      const response = await getClientSessionHandler(apiRequest('GET', `/api/clients/${world.anna.id}/sessions/${id}`, { cookie: world.pieter.cookie }), clientSessionCtx(world.anna.id, id));
      expect(response.status).toBe(404);
    }
    expect(await logRows()).toBe(before);
    // Nor may they read the notes of those sessions.
    for (const id of [sessionIds.hidden, sessionIds.before]) {
      expect((await listNotesHandler(apiRequest('GET', `/api/sessions/${id}/notes`, { cookie: world.pieter.cookie }), idContext(id))).status).toBe(404);
    }
  });

  it('the linked practitioner’s list and trends hold only what is shared; the session reads as the client sees it, with its beats', async () => {
    const list = await (await listClientSessionsHandler(apiRequest('GET', `/api/clients/${world.anna.id}/sessions`, { cookie: world.pieter.cookie }), clientCtx(world.anna.id))).json();
    expect(list.sessions.map((s: { id: string }) => s.id)).toEqual([sessionIds.after]);
    const trends = await (await getClientTrendsHandler(apiRequest('GET', `/api/clients/${world.anna.id}/trends?days=0`, { cookie: world.pieter.cookie }), clientCtx(world.anna.id))).json();
    expect(trends.sessions.map((s: { id: string }) => s.id)).toEqual([sessionIds.after]);
    expect(trends.days[0].date).toBe('2026-11-20');
    expect(trends.days.filter((d: { dailyLnRmssd: number | null }) => d.dailyLnRmssd !== null).map((d: { dailyLnRmssd: number }) => d.dailyLnRmssd)).toEqual([3.6]);
    const detail = await (await getClientSessionHandler(apiRequest('GET', `/api/clients/${world.anna.id}/sessions/${sessionIds.after}`, { cookie: world.pieter.cookie }), clientSessionCtx(world.anna.id, sessionIds.after))).json();
    expect(detail.session.id).toBe(sessionIds.after);
    expect(detail.session.beats).toHaveLength(20);
    expect(detail.session).not.toHaveProperty('userId');
    // Bram shares everything with pieter: his earlier sessions count too, and nothing of anna's is in his.
    const bram = await (await listClientSessionsHandler(apiRequest('GET', `/api/clients/${world.bram.id}/sessions`, { cookie: world.pieter.cookie }), clientCtx(world.bram.id))).json();
    expect(bram.sessions.map((s: { id: string }) => s.id)).toEqual([sessionIds.other]);
  });

  it('the practitioner’s own session routes never show a client’s session (they would skip the access log)', async () => {
    const response = await getSessionHandler(apiRequest('GET', `/api/sessions/${sessionIds.after}`, { cookie: world.pieter.cookie }), idContext(sessionIds.after));
    expect(response.status).toBe(404);
    expect((await getSessionHandler(apiRequest('GET', `/api/sessions/${sessionIds.after}`, { cookie: world.anna.cookie }), idContext(sessionIds.after))).status).toBe(200);
  });

  describe('GET /api/clients', () => {
    const list = async (actor: Actor) => listClientsHandler(apiRequest('GET', '/api/clients', { cookie: cookieOf(actor) }));

    it('answers 401 signed out and 403 to a practising person, and logs nothing', async () => {
      const before = await logRows();
      expect((await list('anonymous')).status).toBe(401);
      expect((await list('client')).status).toBe(403);
      expect((await list('otherClient')).status).toBe(403);
      expect(await logRows()).toBe(before);
    });

    it('lists only active clients, logging one entry per client listed', async () => {
      const before = await logRows();
      const pieter = await (await list('linked')).json();
      expect(pieter.clients.map((c: { name: string }) => c.name)).toEqual(['Anna', 'Bram']);
      expect(await logRows()).toBe(before + 2);
      for (const actor of ['unlinked', 'revokedByClient', 'endedByPractitioner'] as const) {
        expect((await (await list(actor)).json()).clients).toEqual([]);
      }
      expect(await logRows()).toBe(before + 2);
    });

    it('computes the figures from shared sessions only: the hidden session is neither the last session nor counted', async () => {
      const anna = (await (await list('linked')).json()).clients.find((c: { id: string }) => c.id === world.anna.id);
      expect(anna).toMatchObject({ name: 'Anna', linkId: world.annaPieterLink, share: 'from-now', lastSessionAt: '2026-11-20T07:00:00.000Z', prescription: null, practisedThisWeek: null });
    });
  });

  it('the clients page counts this week and the trend from shared sessions only: hidden ones move nothing', async () => {
    const now = new Date();
    const day = (back: number) => new Date(now.getTime() - back * 86_400_000);
    const row = (n: number, back: number, ln: number, minutes: number, hidden = false) => ({
      id: uuidOf(700 + n), userId: world.anna.id, startedAt: day(back).toISOString(), localDate: day(back).toISOString().slice(0, 10), baselineLnRmssd: ln, practiceMinutes: minutes, hidden,
    });
    // Shared: three days this week at 3.8 and three a week earlier at 3.5 (up). Hidden: the opposite, and more minutes.
    const rows = [
      row(1, 0, 3.8, 10), row(2, 1, 3.8, 0), row(3, 2, 3.8, 0), row(4, 7, 3.5, 0), row(5, 8, 3.5, 0), row(6, 9, 3.5, 0),
      row(11, 0, 2.0, 30, true), row(12, 1, 2.0, 30, true), row(13, 2, 2.0, 30, true),
    ].map((r) => ({ ...r, startedAt: r.startedAt.replace(/T.*/, 'T00:30:00.000Z') }));
    await insertSessions(test.database, rows);
    try {
      expect((await putClientPrescriptionHandler(apiRequest('PUT', `/api/clients/${world.anna.id}/prescription`, { cookie: world.pieter.cookie, body: { ...prescriptionBody, minutesPerSession: 10 } }), clientCtx(world.anna.id))).status).toBe(200);
      const { clients } = await listClients(world.pieter.viewer, now);
      const anna = clients.find((c) => c.id === world.anna.id)!;
      const weekStart = isoWeekStart(now.toISOString().slice(0, 10));
      const thisWeek = rows.filter((r) => !r.hidden && r.localDate >= weekStart);
      expect(anna.sessionsThisWeek).toBe(thisWeek.length);
      expect(anna.minutesThisWeek).toBe(thisWeek.reduce((sum, r) => sum + r.practiceMinutes, 0));
      expect(anna.practisedThisWeek).toBe(thisWeek.filter((r) => r.practiceMinutes >= 10).length);
      expect(anna.prescription).toMatchObject({ timesPerWeek: 7, minutesPerSession: 10 });
      expect(anna.trend).toBe('up');
      expect(anna.lastSessionAt).toBe(rows[0]!.startedAt);
    } finally {
      await deleteClientPrescriptionHandler(apiRequest('DELETE', `/api/clients/${world.anna.id}/prescription`, { cookie: world.pieter.cookie }), clientCtx(world.anna.id));
      for (const r of rows) await test.query('delete from practice_session where id = ?', [r.id]);
    }
  });

  describe('notes', () => {
    const post = (actor: Actor, sessionId: string, text = 'Calm exhale, well done.') =>
      createNoteHandler(apiRequest('POST', `/api/sessions/${sessionId}/notes`, { cookie: cookieOf(actor), body: { text } }), idContext(sessionId));
    const list = (actor: Actor, sessionId: string) => listNotesHandler(apiRequest('GET', `/api/sessions/${sessionId}/notes`, { cookie: cookieOf(actor) }), idContext(sessionId));

    const expectedPost: Record<Actor, number> = { anonymous: 401, client: 403, otherClient: 403, linked: 201, unlinked: 404, revokedByClient: 404, endedByPractitioner: 404 };
    for (const actor of actors) {
      it(`POST /api/sessions/:id/notes as ${actor}: ${expectedPost[actor]}`, async () => {
        const response = await post(actor, sessionIds.after);
        expect(response.status).toBe(expectedPost[actor]);
        if (response.status === 201) {
          const { note } = await response.json();
          expect(note).toMatchObject({ sessionId: sessionIds.after, author: { id: world.pieter.id, name: 'Pieter' }, text: 'Calm exhale, well done.', mine: true });
          await test.query('delete from practitioner_note where id = ?', [note.id]);
        }
      });
    }

    it('refuses a note on a hidden session or one from before the link (404), and an empty or too long text (400)', async () => {
      expect((await post('linked', sessionIds.hidden)).status).toBe(404);
      expect((await post('linked', sessionIds.before)).status).toBe(404);
      expect((await post('linked', sessionIds.after, '   ')).status).toBe(400);
      expect((await post('linked', sessionIds.after, 'x'.repeat(2001))).status).toBe(400);
      expect(await test.query('select id from practitioner_note')).toEqual([]);
    });

    it('the client reads every note under their session; the author reads and edits theirs; nobody else sees them', async () => {
      const { note } = await (await post('linked', sessionIds.after)).json();
      const expectedList: Record<Actor, number> = { anonymous: 401, client: 200, otherClient: 404, linked: 200, unlinked: 404, revokedByClient: 404, endedByPractitioner: 404 };
      for (const actor of actors) expect((await list(actor, sessionIds.after)).status, actor).toBe(expectedList[actor]);
      const seen = (await (await list('client', sessionIds.after)).json()).notes;
      expect(seen).toEqual([expect.objectContaining({ id: note.id, text: 'Calm exhale, well done.', author: { id: world.pieter.id, name: 'Pieter' }, mine: false })]);

      const { putNoteHandler, deleteNoteHandler } = await import('@/server/practitioners/client-handlers');
      const put = (actor: Actor, text: string) => putNoteHandler(apiRequest('PUT', `/api/notes/${note.id}`, { cookie: cookieOf(actor), body: { text } }), idContext(note.id));
      const remove = (actor: Actor) => deleteNoteHandler(apiRequest('DELETE', `/api/notes/${note.id}`, { cookie: cookieOf(actor) }), idContext(note.id));
      const expectedChange: Record<Actor, number> = { anonymous: 401, client: 404, otherClient: 404, linked: 200, unlinked: 404, revokedByClient: 404, endedByPractitioner: 404 };
      for (const actor of actors) expect((await put(actor, `Edited by ${actor}`)).status, actor).toBe(expectedChange[actor]);
      expect((await (await list('client', sessionIds.after)).json()).notes[0].text).toBe('Edited by linked');
      for (const actor of actors.filter((a) => a !== 'linked')) expect((await remove(actor)).status, actor).toBe(expectedChange[actor] === 200 ? 204 : expectedChange[actor]);
      expect((await remove('linked')).status).toBe(204);
      expect((await remove('linked')).status).toBe(404);
      expect((await (await list('client', sessionIds.after)).json()).notes).toEqual([]);
    });
    it('one id in two clients’ sessions: a note names its client (409 without), lands under that session alone, and each reads their own', async () => {
      // Ids are unique per person: Bram may have chosen the id of Anna’s session for one of his.
      await insertSessions(test.database, [{ id: sessionIds.after, userId: world.bram.id, startedAt: '2026-11-22T07:00:00Z', localDate: '2026-11-22', baselineLnRmssd: 3.1 }]);
      try {
        const ambiguous = await post('linked', sessionIds.after);
        expect(ambiguous.status).toBe(409);
        expect((await ambiguous.json()).error.code).toBe('ambiguous-session');
        expect(await test.query('select id from practitioner_note')).toEqual([]);

        const forBram = (method: 'GET' | 'POST', clientId: string) =>
          (method === 'POST' ? createNoteHandler : listNotesHandler)(
            apiRequest(method, `/api/sessions/${sessionIds.after}/notes?clientId=${clientId}`, { cookie: world.pieter.cookie, ...(method === 'POST' ? { body: { text: 'For Bram.' } } : {}) }),
            idContext(sessionIds.after),
          );
        expect((await forBram('POST', world.bram.id)).status).toBe(201);
        const notesOf = async (actor: Actor) => (await (await list(actor, sessionIds.after)).json()).notes.map((n: { text: string }) => n.text);
        expect(await notesOf('otherClient')).toEqual(['For Bram.']);
        expect(await notesOf('client')).toEqual([]);
        expect((await (await forBram('GET', world.anna.id)).json()).notes).toEqual([]);
        expect((await (await forBram('GET', world.bram.id)).json()).notes.map((n: { text: string }) => n.text)).toEqual(['For Bram.']);
        // A client the practitioner has no link with, or no such client, is as unknown as the session.
        expect((await forBram('POST', world.petra.id)).status).toBe(404);
        expect((await forBram('GET', 'not a client')).status).toBe(404);
        // Anna’s session, and the one under Bram, stay apart on the review route too.
        const review = async (clientId: string) =>
          (await (await getClientSessionHandler(apiRequest('GET', `/api/clients/${clientId}/sessions/${sessionIds.after}`, { cookie: world.pieter.cookie }), clientSessionCtx(clientId, sessionIds.after))).json()).session.startedAt;
        expect([await review(world.anna.id), await review(world.bram.id)]).toEqual(['2026-11-20T07:00:00.000Z', '2026-11-22T07:00:00.000Z']);
      } finally {
        await test.query('delete from practice_session where id = ? and user_id = ?', [sessionIds.after, world.bram.id]);
      }
      expect(await test.query('select id from practitioner_note')).toEqual([]);
    });
  });

  describe('prescriptions', () => {
    const put = (actor: Actor, body: unknown = prescriptionBody) => putClientPrescriptionHandler(apiRequest('PUT', `/api/clients/${world.anna.id}/prescription`, { cookie: cookieOf(actor), body }), clientCtx(world.anna.id));
    const get = (actor: Actor) => getClientPrescriptionHandler(apiRequest('GET', `/api/clients/${world.anna.id}/prescription`, { cookie: cookieOf(actor) }), clientCtx(world.anna.id));
    const remove = (actor: Actor) => deleteClientPrescriptionHandler(apiRequest('DELETE', `/api/clients/${world.anna.id}/prescription`, { cookie: cookieOf(actor) }), clientCtx(world.anna.id));
    const expected: Record<Actor, number> = { anonymous: 401, client: 403, otherClient: 403, linked: 200, unlinked: 404, revokedByClient: 404, endedByPractitioner: 404 };

    for (const actor of actors) {
      it(`PUT, GET and DELETE /api/clients/:clientId/prescription as ${actor}: ${expected[actor]}`, async () => {
        expect((await put(actor)).status).toBe(expected[actor]);
        expect((await get(actor)).status).toBe(expected[actor] === 200 ? 200 : expected[actor]);
        expect((await remove(actor)).status).toBe(expected[actor] === 200 ? 204 : expected[actor]);
        expect(await test.query('select id from prescription')).toEqual([]);
      });
    }

    it('refuses a rhythm or frequency outside the limits (400), and the client sees a valid one with the practitioner’s name and a /breathe link', async () => {
      expect((await put('linked', { ...prescriptionBody, timesPerWeek: 0 })).status).toBe(400);
      expect((await put('linked', { ...prescriptionBody, minutesPerSession: 61 })).status).toBe(400);
      expect((await put('linked', { ...prescriptionBody, protocol: { ...prescriptionBody.protocol, exhaleS: 0 } })).status).toBe(400);
      const { prescription } = await (await put('linked')).json();
      expect(prescription).toMatchObject({ timesPerWeek: 7, minutesPerSession: 5, protocol: { preset: 'rest-rhythm', inhaleS: 4, exhaleS: 6 } });
      expect(prescription.breathePath).toBe('/breathe?inhale=4&holdIn=0&exhale=6&holdOut=0&baseline=60&breathing=300&recovery=60');
      const { listMyPrescriptionsHandler } = await import('@/server/practitioners/link-handlers');
      const mine = await (await listMyPrescriptionsHandler(apiRequest('GET', '/api/prescriptions', { cookie: world.anna.cookie }))).json();
      expect(mine.prescriptions).toEqual([expect.objectContaining({ practitioner: { id: world.pieter.id, name: 'Pieter' }, timesPerWeek: 7 })]);
      expect((await (await listMyPrescriptionsHandler(apiRequest('GET', '/api/prescriptions', { cookie: world.bram.cookie }))).json()).prescriptions).toEqual([]);
      expect((await listMyPrescriptionsHandler(apiRequest('GET', '/api/prescriptions'))).status).toBe(401);
      expect((await remove('linked')).status).toBe(204);
    });
  });

  describe('PUT /api/sessions/:id/sharing', () => {
    const put = (actor: Actor, hidden: unknown) => putSharingHandler(apiRequest('PUT', `/api/sessions/${sessionIds.after}/sharing`, { cookie: cookieOf(actor), body: { hidden } }), idContext(sessionIds.after));

    it('only the owner hides a session, and it is gone from the practitioner at once; showing it again brings it back', async () => {
      const expected: Record<Actor, number> = { anonymous: 401, client: 200, otherClient: 404, linked: 404, unlinked: 404, revokedByClient: 404, endedByPractitioner: 404 };
      for (const actor of actors.filter((a) => a !== 'client')) expect((await put(actor, true)).status, actor).toBe(expected[actor]);
      expect((await put('client', 'yes')).status).toBe(400);
      const hide = await put('client', true);
      expect(hide.status).toBe(200);
      expect(await hide.json()).toEqual({ hidden: true });
      const read = () => getClientSessionHandler(apiRequest('GET', `/api/clients/${world.anna.id}/sessions/${sessionIds.after}`, { cookie: world.pieter.cookie }), clientSessionCtx(world.anna.id, sessionIds.after));
      expect((await read()).status).toBe(404);
      expect((await put('client', false)).status).toBe(200);
      expect((await read()).status).toBe(200);
    });
  });
});
