// Following a session live, through the route handlers, on both databases: who may read the stream
// (and when), what a write must look like, that the numbers are the server's own, that ending a share,
// hiding the session or ending the link holds on the very next read, and that the client's access log
// names each live session once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeLiveBeats } from '@/db/queries/live-sessions';
import type { LiveBatch, LiveView } from '@/lib/live-share/live-share-types';
import { deleteLiveHandler, getClientLiveHandler, postLiveBatchHandler } from '@/server/live/handlers';
import { followClientLive } from '@/server/live/live-sessions';
import { endLink } from '@/server/practitioners/links';
import { apiRequest, idContext, startApp, stopApp } from '../support/api-harness';
import { buildWorld, insertSessions, link, linkedAt, signUpAs, type Person, type PractitionerWorld } from '../support/practitioner-fixture';
import { testDialects, type TestDatabase } from '../support/test-databases';
import type { Auth } from '@/server/auth/config';

const rhythm = { inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0 };
const beatsFrom = (startMs: number, rrs: number[]) => {
  let tMs = startMs;
  return rrs.map((rrMs) => ({ tMs: (tMs += rrMs), rrMs }));
};

describe('mergeLiveBeats', () => {
  it('appends only newer beats and keeps the window behind the newest', () => {
    const stored = beatsFrom(0, [1000, 1000, 1000]);
    const merged = mergeLiveBeats(stored, [...stored.slice(1), ...beatsFrom(3000, [800, 800])], 2_500);
    expect(merged.map((b) => b.tMs)).toEqual([3000, 3800, 4600]);
  });

  it('keeps the beats of a batch overtaken by a later one, in time order, each once', () => {
    const early = beatsFrom(0, [1000, 1000]);
    const late = beatsFrom(2000, [1000, 1000]);
    const merged = mergeLiveBeats(late, [...early, late[0]!], 10_000);
    expect(merged.map((b) => b.tMs)).toEqual([1000, 2000, 3000, 4000]);
  });
});

describe.each(testDialects)('live sessions on %s', (dialect) => {
  let test: TestDatabase;
  let auth: Auth;
  let world: PractitionerWorld;
  const sessionId = crypto.randomUUID();

  const post = (person: Person | undefined, body: unknown, headers: Record<string, string> = {}) =>
    postLiveBatchHandler(apiRequest('POST', '/api/live', { cookie: person?.cookie, body, headers }));
  const batch = (beats: LiveBatch['beats'], over: Partial<LiveBatch> = {}): LiveBatch => ({ sessionId, phase: 'baseline', paused: false, rhythm, beats, ...over });
  const follow = (viewer: Person | undefined, client: Person) =>
    getClientLiveHandler(apiRequest('GET', `/api/clients/${client.id}/live`, { cookie: viewer?.cookie }), { params: Promise.resolve({ clientId: client.id }) });
  const followed = async (viewer: Person, client: Person): Promise<LiveView | null> => {
    const response = await follow(viewer, client);
    expect(response.status).toBe(200);
    return ((await response.json()) as { live: LiveView | null }).live;
  };
  const liveLogRows = async (clientId: string) =>
    Number((await test.query<{ n: number | string }>(`select count(*) as n from access_log where what = 'live' and client_id = ?`, [clientId]))[0]?.n);

  beforeAll(async () => {
    const app = await startApp(dialect, { rateLimitMax: 500, signUpRateLimitMax: 500 });
    test = app.test;
    auth = app.auth;
    world = await buildWorld(auth, test.database);
  });
  afterAll(() => stopApp(test));

  it('before anything is shared: anonymous 401, a practising person 403, unlinked or ended links 404, the linked practitioner sees nothing yet', async () => {
    expect((await follow(undefined, world.anna)).status).toBe(401);
    expect((await follow(world.bram, world.anna)).status).toBe(403);
    for (const outsider of [world.petra, world.ruud, world.roos]) {
      const response = await follow(outsider, world.anna);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not-found');
    }
    expect(await followed(world.pieter, world.anna)).toBeNull();
    expect(await liveLogRows(world.anna.id)).toBe(0);
  });

  it('refuses writes that are not the client’s own, well-formed and small', async () => {
    expect((await post(undefined, batch([]))).status).toBe(401);
    expect((await post(world.pieter, batch([]))).status).toBe(403);
    const foreign = await post(world.anna, batch([]), { origin: 'https://elsewhere.example' });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('forbidden-origin');
    expect((await post(world.anna, { ...batch([]), beats: [{ tMs: 2000, rrMs: 900 }, { tMs: 1000, rrMs: 900 }] })).status).toBe(400);
    expect((await post(world.anna, { ...batch([]), sessionId: 'not-a-uuid' })).status).toBe(400);
    expect((await post(world.anna, batch(beatsFrom(0, Array<number>(121).fill(800))))).status).toBe(400);
    const large = await post(world.anna, { ...batch([]), padding: 'x'.repeat(20_000) });
    expect(large.status).toBe(413);
    // A person with no practitioner has no one to share with.
    const cees = await signUpAs(auth, 'Cees', 'practising');
    expect((await post(cees, batch(beatsFrom(0, [800])))).status).toBe(409);
    expect(await test.query('select user_id from live_session')).toEqual([]);
  });

  it('the linked practitioner follows it: the server’s own numbers, logged once per live session', async () => {
    // A number the browser might add is not taken: the heart rate comes from the beats.
    expect((await post(world.anna, { ...batch(beatsFrom(0, [800, 820, 790])), hrBpm: 200 })).status).toBe(204);
    expect((await post(world.anna, batch(beatsFrom(2410, [810, 750]), { phase: 'breathing' }))).status).toBe(204);
    const live = await followed(world.pieter, world.anna);
    expect(live).toMatchObject({ sessionId, status: 'live', phase: 'breathing', rhythm, lastRrMs: 750, hrBpm: 80, lastBeatIrregular: false });
    expect(live!.beats.map((b) => b.rrMs)).toEqual([800, 820, 790, 810, 750]);
    expect(live!.ageMs).toBeGreaterThanOrEqual(0);
    await followed(world.pieter, world.anna);
    expect(await liveLogRows(world.anna.id)).toBe(1);
    for (const outsider of [world.petra, world.ruud, world.roos]) expect((await follow(outsider, world.anna)).status).toBe(404);
    // Another client of the same practitioner shares nothing: Anna's stream is not Bram's.
    expect(await followed(world.pieter, world.bram)).toBeNull();
    // A retried batch (beats already stored) adds nothing twice; an odd last beat is said to be irregular.
    expect((await post(world.anna, batch([...beatsFrom(2410, [810, 750]), { tMs: 5200, rrMs: 1400 }], { phase: 'breathing' }))).status).toBe(204);
    const after = await followed(world.pieter, world.anna);
    expect(after!.beats.map((b) => b.rrMs)).toEqual([800, 820, 790, 810, 750, 1400]);
    expect(after).toMatchObject({ lastRrMs: 1400, hrBpm: 43, lastBeatIrregular: true });
  });

  it('a deep-rest practice is named for the practitioner; an unknown practice is refused', async () => {
    const practiceRhythm = { ...rhythm, practice: 'body-scan' as const };
    expect((await post(world.anna, batch(beatsFrom(6000, [900]), { phase: 'breathing', rhythm: practiceRhythm }))).status).toBe(204);
    expect((await followed(world.pieter, world.anna))?.rhythm).toEqual(practiceRhythm);
    expect((await post(world.anna, batch([], { rhythm: { ...rhythm, practice: 'yoga' } as unknown as LiveBatch['rhythm'] }))).status).toBe(400);
    expect((await post(world.anna, batch(beatsFrom(7000, [900]), { phase: 'breathing' }))).status).toBe(204);
    expect((await followed(world.pieter, world.anna))?.rhythm).toEqual(rhythm);
  });

  it('a session the client hides once stored is not followed any more, at once', async () => {
    const hiddenId = crypto.randomUUID();
    expect((await post(world.bram, batch(beatsFrom(0, [900]), { sessionId: hiddenId }))).status).toBe(204);
    expect(await followed(world.pieter, world.bram)).not.toBeNull();
    await insertSessions(test.database, [{ id: hiddenId, userId: world.bram.id, startedAt: '2026-11-25T07:00:00Z', localDate: '2026-11-25', baselineLnRmssd: 3.1, hidden: true }]);
    expect(await followed(world.pieter, world.bram)).toBeNull();
  });

  it('ending the share clears the beats at once; the practitioner sees it ended, and a late batch does not reopen it', async () => {
    expect((await deleteLiveHandler(apiRequest('DELETE', `/api/live/${sessionId}`, { cookie: world.pieter.cookie }), idContext(sessionId))).status).toBe(404);
    expect((await deleteLiveHandler(apiRequest('DELETE', `/api/live/${sessionId}`, { cookie: world.anna.cookie }), idContext(sessionId))).status).toBe(204);
    const ended = await followed(world.pieter, world.anna);
    expect(ended).toMatchObject({ status: 'ended', beats: [], hrBpm: null, lastRrMs: null, phase: null });
    const rows = await test.query<{ beats: unknown }>('select beats from live_session where user_id = ?', [world.anna.id]);
    expect(rows.map((r) => (typeof r.beats === 'string' ? JSON.parse(r.beats) : r.beats))).toEqual([[]]);
    expect((await post(world.anna, batch(beatsFrom(9000, [800])))).status).toBe(409);
    // The next session replaces the row and is a new entry in the log.
    const next = crypto.randomUUID();
    expect((await post(world.anna, batch(beatsFrom(0, [800]), { sessionId: next }))).status).toBe(204);
    expect(await followed(world.pieter, world.anna)).toMatchObject({ sessionId: next, status: 'live', beats: [{ tMs: 800, rrMs: 800 }] });
    expect(await liveLogRows(world.anna.id)).toBe(2);
  });

  it('ending the link mid-stream ends the stream on the next read', async () => {
    const dirk = await signUpAs(auth, 'Dirk', 'practising');
    const linkId = await link(world.petra, dirk, 'from-now', linkedAt);
    const dirksSession = crypto.randomUUID();
    expect((await post(dirk, batch(beatsFrom(0, [800]), { sessionId: dirksSession }))).status).toBe(204);
    expect((await followed(world.petra, dirk))?.status).toBe('live');
    await endLink(dirk.viewer, linkId);
    expect((await follow(world.petra, dirk)).status).toBe(404);
    // His own session goes on, but with nobody left to share with, sending is refused.
    expect((await post(dirk, batch(beatsFrom(900, [800]), { sessionId: dirksSession }))).status).toBe(409);
  });

  it('a practitioner linked after a live session began does not follow it, whatever the link shares', async () => {
    const fenna = await signUpAs(auth, 'Fenna', 'practising');
    await link(world.petra, fenna, 'all', linkedAt);
    expect((await post(fenna, batch(beatsFrom(0, [800, 810]), { sessionId: crypto.randomUUID() }))).status).toBe(204);
    await link(world.pieter, fenna, 'all', new Date(Date.now() + 60_000));
    expect((await followed(world.petra, fenna))?.status).toBe('live');
    expect(await followed(world.pieter, fenna)).toBeNull();
    expect(await liveLogRows(fenna.id)).toBe(1);
  });

  it('a tab closed mid-session leaves its beats no longer than ten minutes: the next poll sweeps them', async () => {
    const gijs = await signUpAs(auth, 'Gijs', 'practising');
    await link(world.petra, gijs, 'all', linkedAt);
    expect((await post(gijs, batch(beatsFrom(0, [800, 820]), { sessionId: crypto.randomUUID() }))).status).toBe(204);
    const rowsOf = async () => Number((await test.query<{ n: number | string }>('select count(*) as n from live_session where user_id = ?', [gijs.id]))[0]?.n);
    expect((await followClientLive(world.petra.viewer, gijs.id, new Date(Date.now() + 9 * 60_000))).live?.beats).toHaveLength(2);
    expect(await rowsOf()).toBe(1);
    expect((await followClientLive(world.petra.viewer, gijs.id, new Date(Date.now() + 11 * 60_000))).live).toBeNull();
    expect(await rowsOf()).toBe(0);
  });

  it('limits a person to 120 batches a minute, counted in the database', async () => {
    const eva = await signUpAs(auth, 'Eva', 'practising');
    await link(world.petra, eva, 'from-now', linkedAt);
    const id = crypto.randomUUID();
    const statuses: number[] = [];
    for (let i = 0; i < 121; i++) statuses.push((await post(eva, batch([{ tMs: i * 1000, rrMs: 1000 }], { sessionId: id }))).status);
    expect(statuses.slice(0, 120).every((s) => s === 204)).toBe(true);
    expect(statuses[120]).toBe(429);
  });

  // The two races below run on every database, but only a PostgreSQL server (TEST_DATABASE_URL, as in CI)
  // runs the requests' transactions side by side: SQLite and PGlite take them one at a time.
  it('batches that overlap (a retry and the next one) all land: no beat lost, none twice', async () => {
    const overlapId = crypto.randomUUID();
    const batches = Array.from({ length: 8 }, (_, i) => batch(beatsFrom(i * 2400, [800, 800, 800]), { sessionId: overlapId, phase: 'breathing' }));
    const answers = await Promise.all([...batches, batches[3]!].map((b) => post(world.bram, b)));
    expect(answers.map((r) => r.status)).toEqual(Array<number>(9).fill(204));
    const live = await followed(world.pieter, world.bram);
    expect(live?.sessionId).toBe(overlapId);
    expect(live!.beats.map((b) => b.tMs)).toEqual(batches.flatMap((b) => b.beats.map((beat) => beat.tMs)));
    // A late retry of an early batch, still in the resting phase, adds nothing and does not turn the clock back.
    expect((await post(world.bram, { ...batches[0]!, phase: 'baseline' })).status).toBe(204);
    expect(await followed(world.pieter, world.bram)).toMatchObject({ phase: 'breathing', beats: live!.beats });
  });

  it('polls that race to log a live session log it once', async () => {
    const fien = await signUpAs(auth, 'Fien', 'practising');
    await link(world.petra, fien, 'from-now', linkedAt);
    expect((await post(fien, batch(beatsFrom(0, [800]), { sessionId: crypto.randomUUID() }))).status).toBe(204);
    const polls = await Promise.all(Array.from({ length: 8 }, () => follow(world.petra, fien)));
    expect(polls.map((r) => r.status)).toEqual(Array<number>(8).fill(200));
    expect(await liveLogRows(fien.id)).toBe(1);
  });
});
