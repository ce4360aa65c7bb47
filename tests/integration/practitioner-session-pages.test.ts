// Paging through a client's shared sessions as a practitioner, on both databases: every shared session
// comes exactly once, hidden ones and those from before a "from now on" link never, each page read is
// logged, and a practitioner who is not (or no longer) linked gets 404 on any page and leaves no log row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '@/server/auth/config';
import { listClientSessionsHandler } from '@/server/practitioners/client-handlers';
import { endLink } from '@/server/practitioners/links';
import { apiRequest, startApp, stopApp } from '../support/api-harness';
import { buildWorld, insertSessions, link, linkedAt, sessionIds, signUpAs, type Person, type PractitionerWorld } from '../support/practitioner-fixture';
import { uuidOf } from '../support/trend-rows';
import { testDialects, type TestDatabase } from '../support/test-databases';

type Page = { sessions: { id: string; startedAt: string }[]; nextCursor: string | null };

describe.each(testDialects)('a client’s sessions page by page on %s', (dialect) => {
  let test: TestDatabase;
  let auth: ReturnType<typeof createAuth>;
  let world: PractitionerWorld;
  let shared: string[];
  let unseen: string[];

  const ctx = (clientId: string) => ({ params: Promise.resolve({ clientId }) });
  const getPage = (who: Person, clientId: string, query: string) =>
    listClientSessionsHandler(apiRequest('GET', `/api/clients/${clientId}/sessions${query}`, { cookie: who.cookie }), ctx(clientId));
  const logRows = async (practitionerId: string) =>
    Number((await test.query<{ n: number | string }>("select count(*) as n from access_log where practitioner_id = ? and what = 'client-sessions'", [practitionerId]))[0]?.n);

  /** Follows nextCursor from the first page; the ids in order and the number of pages. */
  async function pageThrough(who: Person, clientId: string, limit: number) {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const response = await getPage(who, clientId, query);
      expect(response.status).toBe(200);
      const body = (await response.json()) as Page;
      ids.push(...body.sessions.map((s) => s.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor !== null && pages < 20);
    return { ids, pages };
  }

  beforeAll(async () => {
    ({ test, auth } = await startApp(dialect, { rateLimitMax: 500, signUpRateLimitMax: 500 }));
    world = await buildWorld(auth, test.database);
    // After the link: eight more shared sessions, two pairs with the same start (the cursor breaks ties
    // by id), two more hidden; and two more from before the link, which "from now on" never shares.
    const after = (n: number, day: number, hour: number, hidden = false) => ({
      id: uuidOf(n),
      userId: world.anna.id,
      startedAt: `2026-11-${day}T${String(hour).padStart(2, '0')}:00:00Z`,
      localDate: `2026-11-${day}`,
      baselineLnRmssd: 3.5,
      hidden,
    });
    const extra = [
      after(201, 16, 7),
      after(202, 16, 7),
      after(203, 17, 7),
      after(204, 17, 19, true),
      after(205, 18, 7),
      after(206, 18, 7),
      after(207, 19, 7),
      after(208, 22, 7, true),
      after(209, 23, 7),
      after(210, 24, 7),
      { ...after(211, 12, 7), localDate: '2026-11-12' },
      { ...after(212, 13, 7), localDate: '2026-11-13' },
    ];
    await insertSessions(test.database, extra);
    const visible = [...extra.filter((s) => !s.hidden && s.startedAt > linkedAt.toISOString()), { id: sessionIds.after, startedAt: '2026-11-20T07:00:00Z' }];
    shared = visible.sort((a, b) => (a.startedAt === b.startedAt ? (a.id < b.id ? 1 : -1) : a.startedAt < b.startedAt ? 1 : -1)).map((s) => s.id);
    unseen = [...extra.filter((s) => s.hidden || s.startedAt < linkedAt.toISOString()).map((s) => s.id), sessionIds.hidden, sessionIds.before, sessionIds.other];
  });
  afterAll(() => stopApp(test));

  it('sees each shared session exactly once, newest first, and never a hidden or earlier one; every page is logged', async () => {
    const before = await logRows(world.pieter.id);
    const { ids, pages } = await pageThrough(world.pieter, world.anna.id, 3);
    expect(shared).toHaveLength(9);
    expect(ids).toEqual(shared);
    expect(pages).toBe(3);
    for (const id of unseen) expect(ids).not.toContain(id);
    expect(await logRows(world.pieter.id)).toBe(before + pages);
  });

  it('without a limit answers the whole list on one page, with no next cursor', async () => {
    const body = (await (await getPage(world.pieter, world.anna.id, '')).json()) as Page;
    expect(body.sessions.map((s) => s.id)).toEqual(shared);
    expect(body.nextCursor).toBeNull();
  });

  it('an unlinked practitioner, or one whose link ended, gets 404 on a first page and on a cursor page, and nothing is logged', async () => {
    const first = (await (await getPage(world.pieter, world.anna.id, '?limit=2')).json()) as Page;
    expect(first.nextCursor).not.toBeNull();
    const next = `?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`;
    for (const who of [world.petra, world.ruud, world.roos]) {
      const before = await logRows(who.id);
      for (const query of ['?limit=2', next]) {
        const response = await getPage(who, world.anna.id, query);
        expect(response.status).toBe(404);
        expect((await response.json()).error.code).toBe('not-found');
      }
      expect(await logRows(who.id)).toBe(before);
    }
  });

  it('a link ended mid-way: the next page is 404 at once', async () => {
    const coach = await signUpAs(auth, 'Coach', 'practitioner');
    const linkId = await link(coach, world.anna, 'all', linkedAt);
    const first = (await (await getPage(coach, world.anna.id, '?limit=4')).json()) as Page;
    expect(first.sessions).toHaveLength(4);
    await endLink(world.anna.viewer, linkId);
    expect((await getPage(coach, world.anna.id, `?limit=4&cursor=${encodeURIComponent(first.nextCursor!)}`)).status).toBe(404);
  });

  it('a cursor or limit that is not one is refused with 400', async () => {
    expect((await getPage(world.pieter, world.anna.id, '?cursor=not-a-cursor')).status).toBe(400);
    expect((await getPage(world.pieter, world.anna.id, '?limit=0')).status).toBe(400);
  });
});
