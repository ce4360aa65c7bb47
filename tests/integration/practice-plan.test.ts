import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deleteAccountHandler } from '@/server/account/handlers';
import { type Auth } from '@/server/auth/config';
import { deletePlanFeedHandler, deletePlanHandler, getPlanFeedHandler, getPlanHandler, postPlanFeedHandler, putPlanHandler } from '@/server/plans/handlers';
import { hashFeedToken } from '@/server/plans/feed-token';
import { getPlan, savePlan } from '@/db/queries/plans';
import { apiRequest, baseUrl, signUp, startApp, stopApp } from '../support/api-harness';
import { testDialects, type TestDatabase } from '../support/test-databases';

const annaPlan = { weekdays: [5, 1, 3], timeOfDay: '07:30', durationMin: 10 };

describe.each(testDialects)('practice plan and its calendar feed on %s', (dialect) => {
  let test: TestDatabase;
  let auth: Auth;
  let anna: string;
  let bram: string;

  const userId = async (email: string) => (await test.query<{ id: string }>('select id from "user" where email = ?', [email]))[0]!.id;
  const putPlan = (cookie: string | undefined, body: unknown) => putPlanHandler(apiRequest('PUT', '/api/plan', { cookie, body }));
  const readPlan = async (cookie: string) => (await (await getPlanHandler(apiRequest('GET', '/api/plan', { cookie }))).json()).plan;
  const switchOn = async (cookie: string) => {
    const response = await postPlanFeedHandler(apiRequest('POST', '/api/plan/feed', { cookie, body: {} }));
    expect(response.status).toBe(201);
    return (await response.json()).feed as { path: string; url: string };
  };
  /** The feed as a calendar app fetches it: a plain GET, no cookie, no Origin. */
  const fetchFeed = (path: string) => {
    const token = path.split('/').pop() as string;
    return getPlanFeedHandler(new Request(`${baseUrl}${path}`), { params: Promise.resolve({ token }) });
  };

  beforeAll(async () => {
    ({ test, auth } = await startApp(dialect));
  });
  afterAll(() => stopApp(test));
  beforeEach(async () => {
    await test.reset();
    anna = await signUp(auth, 'anna@example.com', '10.3.0.1');
    bram = await signUp(auth, 'bram@example.com', '10.3.0.2');
    await test.query('update "user" set time_zone = ? where email = ?', ['Europe/Amsterdam', 'anna@example.com']);
  });

  it('stores, reads, replaces and removes the viewer’s own plan', async () => {
    expect(await readPlan(anna)).toBeNull();
    const saved = await putPlan(anna, annaPlan);
    expect(saved.status).toBe(200);
    expect((await saved.json()).plan).toMatchObject({ weekdays: [1, 3, 5], timeOfDay: '07:30', durationMin: 10, feedEnabled: false });
    const replaced = await putPlan(anna, { weekdays: [2], timeOfDay: '18:05', durationMin: 15 });
    expect((await replaced.json()).plan).toMatchObject({ weekdays: [2], timeOfDay: '18:05', durationMin: 15 });
    expect((await test.query('select id from practice_plan')).length).toBe(1);
    expect((await deletePlanHandler(apiRequest('DELETE', '/api/plan', { cookie: anna }))).status).toBe(204);
    expect(await readPlan(anna)).toBeNull();
    expect((await deletePlanHandler(apiRequest('DELETE', '/api/plan', { cookie: anna }))).status).toBe(404);
  });

  it('refuses a malformed plan (400), a signed-out caller (401) and a write without the app’s Origin (403)', async () => {
    for (const body of [{ ...annaPlan, weekdays: [] }, { ...annaPlan, weekdays: [0] }, { ...annaPlan, timeOfDay: '25:00' }, { ...annaPlan, durationMin: 0 }, { weekdays: [1] }]) {
      const response = await putPlan(anna, body);
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe('invalid-request');
    }
    expect((await putPlan(undefined, annaPlan)).status).toBe(401);
    expect((await getPlanHandler(apiRequest('GET', '/api/plan'))).status).toBe(401);
    expect((await postPlanFeedHandler(apiRequest('POST', '/api/plan/feed', { body: {} }))).status).toBe(401);
    const foreign = await putPlanHandler(apiRequest('PUT', '/api/plan', { cookie: anna, body: annaPlan, headers: { origin: 'https://evil.example' } }));
    expect(foreign.status).toBe(403);
    expect(await readPlan(anna)).toBeNull();
  });

  it('keeps each person’s plan their own: another person neither sees nor changes it', async () => {
    await putPlan(anna, annaPlan);
    expect(await readPlan(bram)).toBeNull();
    expect((await deletePlanHandler(apiRequest('DELETE', '/api/plan', { cookie: bram }))).status).toBe(404);
    expect((await deletePlanFeedHandler(apiRequest('DELETE', '/api/plan/feed', { cookie: bram }))).status).toBe(404);
    expect((await postPlanFeedHandler(apiRequest('POST', '/api/plan/feed', { cookie: bram, body: {} }))).status).toBe(409);
    await putPlan(bram, { weekdays: [7], timeOfDay: '21:00', durationMin: 5 });
    expect((await readPlan(anna)).weekdays).toEqual([1, 3, 5]);
    // The queries themselves take the viewer: Bram's viewer reads Bram's plan only.
    const bramViewer = { userId: await userId('bram@example.com'), role: 'practising' as const };
    expect((await getPlan(bramViewer))?.weekdays).toEqual([7]);
    await savePlan(bramViewer, { weekdays: [6], timeOfDay: '09:00', durationMin: 5 }, 'en');
    expect((await readPlan(anna)).weekdays).toEqual([1, 3, 5]);
  });

  it('serves the plan as a calendar to the token alone, in the language it was planned in, and stores only a hash', async () => {
    await putPlanHandler(apiRequest('PUT', '/api/plan', { cookie: anna, body: { ...annaPlan, locale: 'nl' } }));
    const feed = await switchOn(anna);
    expect(feed.url).toBe(`${baseUrl}${feed.path}`);
    expect(feed.path).toMatch(/^\/api\/plan\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await readPlan(anna)).feedEnabled).toBe(true);
    const token = feed.path.split('/').pop()!.replace('.ics', '');
    const stored = await test.query<{ feed_token_hash: string }>('select feed_token_hash from practice_plan');
    expect(stored[0]?.feed_token_hash).toBe(hashFeedToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const response = await fetchFeed(feed.path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = (await response.text()).replace(/\r\n /g, '');
    expect(ics).toContain('TZID:Europe/Amsterdam');
    expect(ics.match(/RRULE:FREQ=WEEKLY;BYDAY=(MO|WE|FR)/g)).toHaveLength(3);
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Amsterdam:\d{8}T073000/);
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(3);
    expect(ics).toContain('SUMMARY:Herstel: 10 minuten ademhaling');
    expect(ics).not.toMatch(/anna|rmssd/i);
  });

  it('answers 404 at the old address once renewed, once switched off, and for an address that never was', async () => {
    await putPlan(anna, annaPlan);
    const first = await switchOn(anna);
    const renewed = await switchOn(anna);
    expect(renewed.path).not.toBe(first.path);
    const old = await fetchFeed(first.path);
    expect(old.status).toBe(404);
    expect((await old.json()).error.code).toBe('not-found');
    expect((await fetchFeed(renewed.path)).status).toBe(200);

    expect((await deletePlanFeedHandler(apiRequest('DELETE', '/api/plan/feed', { cookie: anna }))).status).toBe(204);
    expect((await fetchFeed(renewed.path)).status).toBe(404);
    expect((await readPlan(anna)).feedEnabled).toBe(false);
    for (const path of ['/api/plan/feed/not-a-token.ics', `/api/plan/feed/${'A'.repeat(43)}.ics`, '/api/plan/feed/.ics']) {
      expect((await fetchFeed(path)).status).toBe(404);
    }
    // A changed plan keeps its feed: the same address shows the new days.
    const again = await switchOn(anna);
    await putPlan(anna, { weekdays: [2], timeOfDay: '12:00', durationMin: 5 });
    expect(await (await fetchFeed(again.path)).text()).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
    // Removing the plan takes its feed with it.
    await deletePlanHandler(apiRequest('DELETE', '/api/plan', { cookie: anna }));
    expect((await fetchFeed(again.path)).status).toBe(404);
  });

  it('answers 404 at the feed once the account is deleted, and keeps the other person’s feed', async () => {
    await putPlan(anna, annaPlan);
    await putPlan(bram, annaPlan);
    const annaFeed = await switchOn(anna);
    const bramFeed = await switchOn(bram);
    expect((await deleteAccountHandler(apiRequest('DELETE', '/api/account', { cookie: anna, body: { confirm: 'anna@example.com' } }))).status).toBe(204);
    expect((await fetchFeed(annaFeed.path)).status).toBe(404);
    expect((await fetchFeed(bramFeed.path)).status).toBe(200);
    expect((await test.query('select id from practice_plan')).length).toBe(1);
  });
});
