import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { summarizeSession } from '@/lib/hrv';
import { toSessionInput } from '@/lib/session/protocol/session-input';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { expectedUserHeader, type SessionUpload } from '@/lib/session/protocol/record';
import { type Auth } from '@/server/auth/config';
import { clientAddressHeader } from '@/server/client-address';
import { resetServerEnv } from '@/server/env';
import { createSessionHandler, deleteSessionHandler, getSessionHandler, listSessionsHandler, putCheckInHandler } from '@/server/sessions/handlers';
import { uploadLimits } from '@/lib/session/protocol/limits';
import { realisticBeats } from '../support/realistic-session';
import { startApp, stopApp } from '../support/api-harness';
import { testDialects, type TestDatabase } from '../support/test-databases';

const baseUrl = 'http://localhost:3999';
const api = { create: createSessionHandler, list: listSessionsHandler, get: getSessionHandler, remove: deleteSessionHandler, putCheckIn: putCheckInHandler };

describe.each(testDialects)('session API on %s', (dialect) => {
let test: TestDatabase;
let auth: Auth;
let anna: string;
let bram: string;

async function signUp(email: string, ip: string): Promise<string> {
  const response = await auth.handler(
    new Request(`${baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl, [clientAddressHeader()]: ip },
      body: JSON.stringify({ name: email.split('@')[0], email, password: 'correct-horse-battery' }),
    }),
  );
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

beforeAll(async () => {
  ({ test, auth } = await startApp(dialect));
});
afterAll(() => stopApp(test));
beforeEach(async () => {
  await test.reset();
  anna = await signUp('anna@example.com', '10.1.0.1');
  bram = await signUp('bram@example.com', '10.1.0.2');
});

function request(method: string, path: string, init: { cookie?: string; body?: string | unknown; headers?: Record<string, string> } = {}) {
  const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  return new Request(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: baseUrl, ...(init.cookie ? { cookie: init.cookie } : {}), ...init.headers },
    body,
  });
}
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const upload = (cookie: string | undefined, body: unknown) => api.create(request('POST', '/api/sessions', { cookie, body }));
const rowCount = async () => Number((await test.query<{ n: number | string }>('select count(*) as n from practice_session'))[0]?.n);
const storedRow = async (id: string) => (await test.query('select * from practice_session where id = ?', [id]))[0];

describe('session API: denials', () => {
  it('answers 401 on every route without a session, and writes nothing', async () => {
    const id = makeUpload().id;
    const responses = [
      await upload(undefined, makeUpload()),
      await api.list(request('GET', '/api/sessions')),
      await api.get(request('GET', `/api/sessions/${id}`), ctx(id)),
      await api.remove(request('DELETE', `/api/sessions/${id}`), ctx(id)),
      await api.putCheckIn(request('PUT', `/api/sessions/${id}/check-in`, { body: { mood: 4 } }), ctx(id)),
      await upload('better-auth.session_token=forged.value', makeUpload()),
    ];
    for (const response of responses) {
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe('unauthenticated');
    }
    expect(await rowCount()).toBe(0);
  });

  it("does not let one person see, delete or check in on another's session, and leaves it unchanged", async () => {
    const mine = makeUpload({ checkIn: { mood: 3 } });
    expect((await upload(anna, mine)).status).toBe(201);
    const before = await storedRow(mine.id);
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const id of [mine.id, unknown, 'not-a-uuid']) {
      const get = await api.get(request('GET', `/api/sessions/${id}`, { cookie: bram }), ctx(id));
      const del = await api.remove(request('DELETE', `/api/sessions/${id}`, { cookie: bram }), ctx(id));
      const put = await api.putCheckIn(request('PUT', `/api/sessions/${id}/check-in`, { cookie: bram, body: { mood: 1 } }), ctx(id));
      for (const response of [get, del, put]) {
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({ error: { code: 'not-found', message: 'No such session.' } });
      }
    }
    expect(await storedRow(mine.id)).toEqual(before);
    const list = await (await api.list(request('GET', '/api/sessions', { cookie: bram }))).json();
    expect(list.sessions).toEqual([]);
  });

  it("answers another person's session id as a new one: each keeps their own, and Anna's stays as it was", async () => {
    const annas = makeUpload({ checkIn: { mood: 3 } });
    expect((await upload(anna, annas)).status).toBe(201);
    const annaRow = await storedRow(annas.id);
    const unknownId = makeUpload({ id: '00000000-0000-4000-8000-0000000000aa', durationMs: 30_000, checkIn: { mood: 5 } });
    const sameId = { ...unknownId, id: annas.id };
    // The same answer as for an id nobody has: 201 with Bram's own session.
    const fresh = await upload(bram, unknownId);
    const taken = await upload(bram, sameId);
    expect([fresh.status, taken.status]).toEqual([201, 201]);
    const [freshBody, takenBody] = [await fresh.json(), await taken.json()];
    expect({ ...takenBody.session, id: unknownId.id, createdAt: null }).toEqual({ ...freshBody.session, createdAt: null });
    expect(takenBody.session.checkIn).toEqual({ mood: 5 });
    expect(JSON.stringify(takenBody)).not.toMatch(/anna/i);
    // A retry of Bram's upload finds his row; Anna's row is untouched; each reads their own.
    expect((await upload(bram, sameId)).status).toBe(200);
    const rows = await test.query('select * from practice_session where id = ? order by created_at', [annas.id]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(annaRow);
    const read = async (cookie: string) => (await (await api.get(request('GET', `/api/sessions/${annas.id}`, { cookie }), ctx(annas.id))).json()).session;
    expect((await read(anna)).checkIn).toEqual({ mood: 3 });
    expect((await read(bram)).checkIn).toEqual({ mood: 5 });
    // Deleting his removes his alone, beats and all.
    expect((await api.remove(request('DELETE', `/api/sessions/${annas.id}`, { cookie: bram }), ctx(annas.id))).status).toBe(204);
    expect((await read(anna)).beats).toHaveLength(annas.beats.length);
    expect((await api.get(request('GET', `/api/sessions/${annas.id}`, { cookie: bram }), ctx(annas.id))).status).toBe(404);
    expect(Number((await test.query<{ n: number | string }>('select count(*) as n from session_beats'))[0]?.n)).toBe(2);
  });

  it.each([
    ['bad JSON', '{"id": ', 400, 'invalid-json'],
    ['a schema failure', { ...makeUpload(), protocol: { preset: 'nope' } }, 400, 'invalid-session'],
    ['an RR of zero', makeUpload({ beats: [{ tMs: 1000, rrMs: 0, rrRaw: null }] }), 400, 'invalid-session'],
    ['an RR no strap can send', makeUpload({ beats: [{ tMs: 1000, rrMs: 90_000, rrRaw: null }] }), 400, 'invalid-session'],
    ['an unknown field', { ...makeUpload(), userId: 'someone-else' }, 400, 'invalid-session'],
    ['a NUL in the strap name', makeUpload({ device: { kind: 'bluetooth', name: 'Polar H10\u0000', bodySensorLocation: null } }), 400, 'invalid-session'],
    ['an unpaired surrogate in the strap name', makeUpload({ device: { kind: 'bluetooth', name: 'Strap \ud83d', bodySensorLocation: null } }), 400, 'invalid-session'],
    ['a body over the limit', JSON.stringify({ ...makeUpload(), pad: 'x'.repeat(uploadLimits.maxBodyBytes + 1) }), 413, 'payload-too-large'],
  ])('refuses %s with a reason and stores nothing', async (_label, body, status, code) => {
    const response = await upload(anna, body);
    expect(response.status).toBe(status);
    const answer = await response.json();
    expect(answer.error.code).toBe(code);
    expect(answer.error.message.length).toBeGreaterThan(10);
    if (code === 'invalid-session') expect(answer.error.issues[0]).toEqual({ path: expect.any(String), message: expect.any(String) });
    expect(await rowCount()).toBe(0);
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    const response = await api.create(
      request('POST', '/api/sessions', { cookie: anna, body: makeUpload(), headers: { 'content-length': String(uploadLimits.maxBodyBytes + 1) } }),
    );
    expect(response.status).toBe(413);
    expect(await rowCount()).toBe(0);
  });

  it('lists only the errors that fit, for an upload with thousands of bad beats', async () => {
    const beats = Array.from({ length: 5000 }, (_, i) => ({ tMs: i, rrMs: -5, rrRaw: null }));
    const answer = await (await upload(anna, makeUpload({ beats, durationMs: 30_000 }))).json();
    expect(answer.error.issues.length).toBeLessThanOrEqual(20);
  });
});

describe('session API: the intended account', () => {
  it('refuses a write meant for another account (signed-in person changed in another tab) and stores nothing', async () => {
    const annaId = (await test.query<{ id: string }>('select id from "user" where email = ?', ['anna@example.com']))[0]!.id;
    const meantForAnna = (cookie: string) =>
      api.create(request('POST', '/api/sessions', { cookie, body: makeUpload(), headers: { [expectedUserHeader]: annaId } }));
    const asBram = await meantForAnna(bram);
    expect(asBram.status).toBe(401);
    expect(await rowCount()).toBe(0);
    expect((await meantForAnna(anna)).status).toBe(201);
    const id = makeUpload().id;
    const checkIn = await api.putCheckIn(
      request('PUT', `/api/sessions/${id}/check-in`, { cookie: bram, body: { mood: 2 }, headers: { [expectedUserHeader]: annaId } }),
      ctx(id),
    );
    expect(checkIn.status).toBe(401);
  });
});

describe('session API: limits', () => {
  it('answers 429 with Retry-After once a person uploads too often, and stores nothing more', async () => {
    process.env.UPLOAD_RATE_LIMIT_MAX = '2';
    resetServerEnv();
    const send = () => api.create(request('POST', '/api/sessions', { cookie: anna, body: makeUpload({ id: crypto.randomUUID() }) }));
    expect((await send()).status).toBe(201);
    expect((await send()).status).toBe(201);
    const third = await send();
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await third.json()).error.code).toBe('rate-limited');
    expect(await rowCount()).toBe(2);
  });
  afterEach(() => {
    delete process.env.UPLOAD_RATE_LIMIT_MAX;
    resetServerEnv();
  });
});

describe('session API: storing and reading', () => {
  it('stores a session with glitch beats the strap did send; the engine flags them instead', async () => {
    const beats = makeUpload().beats.map((beat, i) => (i === 12 ? { ...beat, rrMs: 3100, rrRaw: 3174 } : i === 20 ? { ...beat, rrMs: 180, rrRaw: 184 } : beat));
    const response = await upload(anna, makeUpload({ beats }));
    expect(response.status).toBe(201);
    expect(await rowCount()).toBe(1);
  });

  it('stores the server-computed summary, not the client one, and answers 201', async () => {
    const beats = realisticBeats();
    const body: SessionUpload = { ...realisticUpload(beats), clientSummary: { baselineRmssdMs: 999, recoveryRmssdMs: 1 } };
    const response = await upload(anna, body);
    expect(response.status).toBe(201);
    const { session } = await response.json();
    const direct = JSON.parse(JSON.stringify(summarizeSession(toSessionInput(body))));
    expect(session.summary).toEqual(direct);
    expect(session.baselineRmssdMs).toBeCloseTo(direct.shift.baselineRmssdMs, 9);
    expect(session.recoveryRmssdMs).toBeCloseTo(direct.shift.recoveryRmssdMs, 9);
    expect(session.shiftLnRmssd).toBeCloseTo(direct.shift.lnRmssd, 9);
    expect(session.clientSummary).toEqual({ baselineRmssdMs: 999, recoveryRmssdMs: 1 });
    expect(session.engineVersion).toMatch(/^herstel-hrv\//);
    const fetched = await (await api.get(request('GET', `/api/sessions/${body.id}`, { cookie: anna }), ctx(body.id))).json();
    expect(fetched.session.beats).toEqual(body.beats);
    expect(fetched.session.summary).toEqual(direct);
  });

  it('answers a retried upload with the stored session and keeps one row', async () => {
    const first = await upload(anna, makeUpload());
    const retry = await upload(anna, makeUpload({ endedEarly: true }));
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect((await retry.json()).session).toEqual((await first.json()).session);
    expect(await rowCount()).toBe(1);
  });

  it('lists own sessions newest first, saves a check-in, and deletes', async () => {
    const older = makeUpload({ id: 'a3c1b8e2-1111-4c43-9a4e-2f4b8f0b8a11', startedAt: '2026-11-20T08:00:00.000Z' });
    await upload(anna, older);
    await upload(anna, makeUpload());
    await upload(bram, makeUpload({ id: 'b3c1b8e2-2222-4c43-9a4e-2f4b8f0b8a11' }));
    const list = await (await api.list(request('GET', '/api/sessions', { cookie: anna }))).json();
    expect(list.sessions.map((s: { id: string }) => s.id)).toEqual([makeUpload().id, older.id]);
    expect(list.sessions[0]).not.toHaveProperty('beats');

    const put = (body: unknown) => api.putCheckIn(request('PUT', '/x', { cookie: anna, body }), ctx(older.id));
    expect((await put({ mood: 6 })).status).toBe(400);
    expect((await put({ mood: 4, smell: 2 })).status).toBe(400);
    const saved = await put({ breathing: 5, mood: 4 });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ checkIn: { breathing: 5, mood: 4 } });
    const detail = await (await api.get(request('GET', '/x', { cookie: anna }), ctx(older.id))).json();
    expect(detail.session.checkIn).toEqual({ breathing: 5, mood: 4 });

    expect((await api.remove(request('DELETE', '/x', { cookie: anna }), ctx(older.id))).status).toBe(204);
    expect(await storedRow(older.id)).toBeUndefined();
    expect((await api.get(request('GET', '/x', { cookie: anna }), ctx(older.id))).status).toBe(404);
    expect((await api.remove(request('DELETE', '/x', { cookie: anna }), ctx(older.id))).status).toBe(404);
  });

  it('stores an id in upper case as the same session (lower case), and finds it either way', async () => {
    const id = makeUpload().id;
    expect((await upload(anna, makeUpload({ id: id.toUpperCase() }))).status).toBe(201);
    expect((await upload(anna, makeUpload())).status).toBe(200);
    expect(await rowCount()).toBe(1);
    const fetched = await api.get(request('GET', `/api/sessions/${id.toUpperCase()}`, { cookie: anna }), ctx(id.toUpperCase()));
    expect((await fetched.json()).session.id).toBe(id);
  });

  it('refuses a check-in of {} and keeps the saved answers', async () => {
    const session = makeUpload({ checkIn: { mood: 4 } });
    await upload(anna, session);
    const put = await api.putCheckIn(request('PUT', '/x', { cookie: anna, body: {} }), ctx(session.id));
    expect(put.status).toBe(400);
    expect((await put.json()).error.code).toBe('invalid-check-in');
    const detail = await (await api.get(request('GET', '/x', { cookie: anna }), ctx(session.id))).json();
    expect(detail.session.checkIn).toEqual({ mood: 4 });
  });

  it.each([
    ['a beat after the end', { beats: [{ tMs: 31_000, rrMs: 1000, rrRaw: 1024 }] }, 'beats'],
    ['a start before 2000', { startedAt: '1999-12-31T23:00:00.000Z' }, 'startedAt'],
    ['a start two days ahead', { startedAt: new Date(Date.now() + 2 * 86_400_000).toISOString() }, 'startedAt'],
  ])('refuses %s with a reason', async (_label, overrides, path) => {
    const response = await upload(anna, makeUpload(overrides));
    expect(response.status).toBe(400);
    expect((await response.json()).error.issues.map((i: { path: string }) => i.path.split('.')[0])).toContain(path);
    expect(await rowCount()).toBe(0);
  });

  it('removes the sessions of a deleted account (ON DELETE CASCADE)', async () => {
    await upload(anna, makeUpload());
    await test.query('delete from "user" where email = ?', ['anna@example.com']);
    expect(await rowCount()).toBe(0);
  });
});
});

function realisticUpload(beats: SessionUpload['beats']): SessionUpload {
  return makeUpload({
    id: 'c4d2e1f0-3333-4c43-9a4e-2f4b8f0b8a11',
    durationMs: 480_000,
    beats,
    phases: [
      { phase: 'baseline', startMs: 0, endMs: 120_000 },
      { phase: 'breathing', startMs: 120_000, endMs: 360_000 },
      { phase: 'recovery', startMs: 360_000, endMs: 480_000 },
    ],
    gaps: [{ startMs: 200_000, endMs: 203_000 }],
    pauses: [{ startMs: 300_000, endMs: 305_000 }],
    pacerCycleStartsMs: Array.from({ length: 24 }, (_, i) => 120_000 + i * 10_000),
  });
}
