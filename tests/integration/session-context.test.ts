// What an upload stores for a trend (kind, the person's day, the derived columns), the person's time zone,
// and the context (tags, note) only the owner may change.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getTimeZone, setDailyGoal, setTimeZone } from '@/db/queries/preferences';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { type Auth } from '@/server/auth/config';
import { createSessionHandler, getSessionHandler, listSessionsHandler, putContextHandler } from '@/server/sessions/handlers';
import { apiRequest, idContext, signUp, startApp, stopApp } from '../support/api-harness';
import { realisticBeats } from '../support/realistic-session';
import { testDialects, type TestDatabase } from '../support/test-databases';

const morningReading = (overrides: Parameters<typeof makeUpload>[0] = {}) =>
  makeUpload({
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    kind: 'morning-reading',
    posture: 'lying',
    durationMs: 120_000,
    protocol: { preset: 'rest-rhythm', inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 120, breathingS: 0, recoveryS: 0 },
    beats: realisticBeats(7, 120_000),
    phases: [{ phase: 'baseline', startMs: 0, endMs: 120_000 }],
    pacerCycleStartsMs: [],
    ...overrides,
  });

describe.each(testDialects)('session kind, day and context on %s', (dialect) => {
  let test: TestDatabase;
  let auth: Auth;
  let anna: string;
  let bram: string;
  let annaId: string;

  beforeAll(async () => {
    ({ test, auth } = await startApp(dialect));
  });
  afterAll(() => stopApp(test));
  beforeEach(async () => {
    await test.reset();
    anna = await signUp(auth, 'anna@example.com', '10.3.0.1');
    bram = await signUp(auth, 'bram@example.com', '10.3.0.2');
    annaId = (await test.query<{ id: string }>('select id from "user" where email = ?', ['anna@example.com']))[0]!.id;
  });

  const upload = (cookie: string, body: unknown, headers: Record<string, string> = {}) =>
    createSessionHandler(apiRequest('POST', '/api/sessions', { cookie, body, headers: { ...headers, cookie: [cookie, headers.cookie].filter(Boolean).join('; ') } }));
  const putContext = (cookie: string, id: string, body: unknown) => putContextHandler(apiRequest('PUT', `/api/sessions/${id}/context`, { cookie, body }), idContext(id));
  const viewer = () => ({ userId: annaId, role: 'practising' as const });

  it("stores a morning reading on the person's day in the zone the upload names, and keeps that zone", async () => {
    // 11:30 UTC on 1 Dec is 00:30 on 2 Dec in Auckland.
    const response = await upload(anna, morningReading({ startedAt: '2026-12-01T11:30:00.000Z', timeZone: 'Pacific/Auckland' }));
    expect(response.status).toBe(201);
    const { session } = await response.json();
    expect(session).toMatchObject({ kind: 'morning-reading', posture: 'lying', localDate: '2026-12-02', utcOffsetMin: 780, practiceMinutes: 0, tags: [], note: null });
    expect(session.baselineLnRmssd).toBeCloseTo(Math.log(session.baselineRmssdMs), 12);
    expect(await getTimeZone(viewer())).toBe('Pacific/Auckland');

    // The stored zone wins over a later upload's.
    const later = await (await upload(anna, makeUpload({ startedAt: '2026-12-02T05:00:00.000Z', timeZone: 'America/Los_Angeles' }))).json();
    expect(later.session).toMatchObject({ kind: 'breathing', posture: null, localDate: '2026-12-02', utcOffsetMin: 780 });
    expect(await getTimeZone(viewer())).toBe('Pacific/Auckland');

    const list = await (await listSessionsHandler(apiRequest('GET', '/api/sessions', { cookie: anna }))).json();
    expect(list.sessions[1]).toMatchObject({ kind: 'morning-reading', posture: 'lying', localDate: '2026-12-02', tags: [], note: null, practiceMinutes: 0 });
    expect(list.sessions[0].practiceMinutes).toBeCloseTo(10 / 60, 12);
  });

  it('takes the zone from the cookie, else UTC, when the upload names none', async () => {
    await upload(anna, makeUpload({ startedAt: '2026-07-01T22:30:00.000Z' }), { cookie: 'herstel-tz=Europe%2FAmsterdam' });
    expect(await getTimeZone(viewer())).toBe('Europe/Amsterdam');
    const stored = (await test.query<{ local_date: string; utc_offset_min: number }>('select local_date, utc_offset_min from practice_session'))[0];
    expect(stored).toEqual({ local_date: '2026-07-02', utc_offset_min: 120 });

    const bramsUpload = await (await upload(bram, makeUpload({ id: 'a1b2c3d4-0000-4000-8000-000000000009', startedAt: '2026-07-01T22:30:00.000Z' }))).json();
    expect(bramsUpload.session).toMatchObject({ localDate: '2026-07-01', utcOffsetMin: 0 });
  });

  it('leaves a flagged baseline out of the daily value and counts breathing minus pauses', async () => {
    const flagged = morningReading({ beats: Array.from({ length: 10 }, (_, i) => ({ tMs: (i + 1) * 1000, rrMs: 1000, rrRaw: null })) });
    const stored = (await (await upload(anna, flagged)).json()).session;
    expect(stored.qualityReasons).toContain('baseline-flagged');
    expect(stored.baselineLnRmssd).toBeNull();

    const paused = makeUpload({ id: 'a1b2c3d4-0000-4000-8000-000000000002', pauses: [{ startMs: 12_000, endMs: 15_000 }, { startMs: 19_000, endMs: 25_000 }] });
    const practised = (await (await upload(anna, paused)).json()).session;
    // 10 s of breathing, 3 s and 1 s of it paused.
    expect(practised.practiceMinutes).toBeCloseTo(6 / 60, 12);
  });

  it.each([
    ['breathing in a morning reading', { protocol: { ...morningReading().protocol, breathingS: 60 } }],
    ['a baseline under a minute', { protocol: { ...morningReading().protocol, baselineS: 30 } }],
    ['a baseline over three minutes', { protocol: { ...morningReading().protocol, baselineS: 240 } }],
    ['a breathing phase', { phases: [{ phase: 'baseline', startMs: 0, endMs: 60_000 }, { phase: 'breathing', startMs: 60_000, endMs: 120_000 }] }],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }],
  ])('refuses %s', async (_label, overrides) => {
    const response = await upload(anna, morningReading(overrides as Parameters<typeof makeUpload>[0]));
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('invalid-session');
  });

  it('refuses a posture on a breathing session', async () => {
    const response = await upload(anna, makeUpload({ posture: 'sitting' }));
    expect(response.status).toBe(400);
  });

  it('saves tags and a note, normalised, for the owner only', async () => {
    const id = makeUpload().id;
    await upload(anna, makeUpload());
    const saved = await putContext(anna, id, { tags: ['  Slept-Badly ', 'alcohol', 'slept-badly', 'Sauna Day'], note: 'Woke at four.' });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ tags: ['slept-badly', 'alcohol', 'sauna day'], note: 'Woke at four.' });
    const detail = await (await getSessionHandler(apiRequest('GET', `/api/sessions/${id}`, { cookie: anna }), idContext(id))).json();
    expect(detail.session).toMatchObject({ tags: ['slept-badly', 'alcohol', 'sauna day'], note: 'Woke at four.' });

    for (const other of [id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const denied = await putContext(bram, other, { tags: ['ill'], note: null });
      expect(denied.status).toBe(404);
      expect((await denied.json()).error.code).toBe('not-found');
    }
    const cleared = await (await putContext(anna, id, { tags: [], note: '' })).json();
    expect(cleared).toEqual({ tags: [], note: null });
    const anonymous = await putContextHandler(apiRequest('PUT', `/api/sessions/${id}/context`, { body: { tags: [], note: null } }), idContext(id));
    expect(anonymous.status).toBe(401);
  });

  it.each([
    ['13 tags', { tags: Array.from({ length: 13 }, (_, i) => `tag ${i}`), note: null }],
    ['an empty tag', { tags: ['   '], note: null }],
    ['a tag of 33 characters', { tags: ['x'.repeat(33)], note: null }],
    ['a note of 1001 characters', { tags: [], note: 'x'.repeat(1001) }],
    ['no note field', { tags: [] }],
    ['a NUL in a tag', { tags: ['a\u0000b'], note: null }],
  ])('refuses %s and keeps what was saved', async (_label, body) => {
    const id = makeUpload().id;
    await upload(anna, makeUpload());
    await putContext(anna, id, { tags: ['ill'], note: 'kept' });
    const response = await putContext(anna, id, body);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('invalid-context');
    const detail = await (await getSessionHandler(apiRequest('GET', `/api/sessions/${id}`, { cookie: anna }), idContext(id))).json();
    expect(detail.session).toMatchObject({ tags: ['ill'], note: 'kept' });
  });

  it('accepts exactly the limits: 12 tags of 32 characters and a note of 1000', async () => {
    const id = makeUpload().id;
    await upload(anna, makeUpload());
    const tags = Array.from({ length: 12 }, (_, i) => `${String(i).padStart(2, '0')}${'x'.repeat(30)}`);
    const response = await putContext(anna, id, { tags, note: 'y'.repeat(1000) });
    expect(response.status).toBe(200);
    expect((await response.json()).tags).toEqual(tags);
  });

  it('stores a time zone and a daily goal within their limits', async () => {
    expect(await setTimeZone(viewer(), 'europe/amsterdam')).toBe('Europe/Amsterdam');
    await expect(setTimeZone(viewer(), 'Nowhere/Special')).rejects.toThrow(/time zone/);
    expect(await getTimeZone(viewer())).toBe('Europe/Amsterdam');
    expect(await setDailyGoal(viewer(), 20)).toBe(20);
    for (const bad of [0, 121, 2.5]) await expect(setDailyGoal(viewer(), bad)).rejects.toThrow(/1 to 120/);
    expect((await test.query<{ daily_goal_minutes: number }>('select daily_goal_minutes from "user" where id = ?', [annaId]))[0]?.daily_goal_minutes).toBe(20);
  });
});
