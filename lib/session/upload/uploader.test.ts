import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Journal } from '@/lib/session/journal/journal';
import { expectedUserHeader } from '@/lib/session/protocol/record';
import { journalFinishedSession, openTestJournal } from '@/lib/session/testing/journal-fixtures';
import { sessionUploadSchema } from '@/lib/session/protocol/upload-schema';
import { createUploader, type Uploader } from './uploader';

const created = (summary = { phases: [], shift: {} }) => Response.json({ session: { summary } }, { status: 201 });
const ok = () => Response.json({ session: { summary: { phases: [], shift: {} } } }, { status: 200 });

let journal: Journal;
let uploader: Uploader | undefined;

beforeEach(async () => {
  // Only timers: fake-indexeddb schedules its own work with setImmediate.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  journal = await openTestJournal();
});
afterEach(() => {
  uploader?.dispose();
  journal.close();
  vi.useRealTimers();
});

function setUp(responses: (() => Response | Promise<Response>)[], userId: string | null = 'user-1') {
  const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return next();
  });
  uploader = createUploader({ journal, userId, fetch: fetch as unknown as typeof globalThis.fetch, retryDelaysMs: [1000, 4000] });
  return fetch;
}

describe('uploader', () => {
  it('posts a valid upload once and stores the server summary', async () => {
    const session = await journalFinishedSession(journal, 'user-1');
    const fetch = setUp([() => created({ phases: [], shift: { baselineRmssdMs: 40 } })]);
    const stored = await uploader!.sync(session.id);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/sessions');
    expect(init?.method).toBe('POST');
    // Names the owner, so the server refuses it if someone else signed in meanwhile.
    expect((init?.headers as Record<string, string>)[expectedUserHeader]).toBe('user-1');
    const body = JSON.parse(String(init?.body));
    expect(sessionUploadSchema.safeParse(body).success).toBe(true);
    expect(body.beats).toHaveLength(30);
    expect(stored?.upload).toMatchObject({ status: 'done', serverSummary: { shift: { baselineRmssdMs: 40 } } });
    await uploader!.sync(session.id);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps one request in flight per id', async () => {
    const session = await journalFinishedSession(journal, 'user-1');
    let release: (r: Response) => void = () => undefined;
    const fetch = setUp([() => new Promise<Response>((resolve) => (release = resolve))]);
    const first = uploader!.sync(session.id);
    const second = uploader!.sync(session.id);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    release(created());
    await Promise.all([first, second]);
    await vi.waitFor(async () => expect((await journal.getSession(session.id))?.upload.status).toBe('done'));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('retries with backoff after a network error and a 503, then succeeds', async () => {
    const session = await journalFinishedSession(journal, 'user-1');
    const fetch = setUp([
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Response.json({ error: { code: 'down', message: 'maintenance' } }, { status: 503 }),
      ok,
    ]);
    const first = await uploader!.sync(session.id);
    expect(first?.upload).toMatchObject({ status: 'pending', attempts: 1, error: { code: 'network' } });
    await vi.advanceTimersByTimeAsync(999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(async () => expect((await journal.getSession(session.id))?.upload.attempts).toBe(2));
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(4000);
    await vi.waitFor(async () => expect((await journal.getSession(session.id))?.upload.status).toBe('done'));
    expect(fetch).toHaveBeenCalledTimes(3);
    // Every attempt carried the same id: the server stores it once.
    const ids = fetch.mock.calls.map(([, init]) => JSON.parse(String(init?.body)).id);
    expect(new Set(ids)).toEqual(new Set([session.id]));
  });

  it('a held session is not sent: a queued retry and syncAll pass it by, a request that was out comes back first', async () => {
    const session = await journalFinishedSession(journal, 'user-1');
    let release: (r: Response) => void = () => undefined;
    const fetch = setUp([() => Response.json({ error: { code: 'down', message: 'maintenance' } }, { status: 503 }), () => new Promise<Response>((resolve) => (release = resolve)), ok]);
    await uploader!.sync(session.id);
    // The retry goes out, and the hold is asked for while it is out: it waits for the answer.
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    let attemptsStored = 0;
    uploader!.subscribe((s) => (attemptsStored = s.upload.attempts));
    const hold = uploader!.hold(session.id).then((letGo) => ({ letGo, attemptsStoredThen: attemptsStored }));
    release(Response.json({ error: { code: 'down', message: 'maintenance' } }, { status: 503 }));
    const { letGo, attemptsStoredThen } = await hold;
    expect(attemptsStoredThen).toBe(2);
    // Its retry is not scheduled, and nothing else sends it while held.
    await vi.advanceTimersByTimeAsync(60_000);
    await uploader!.syncAll();
    await uploader!.sync(session.id);
    expect(fetch).toHaveBeenCalledTimes(2);
    // Let go (the delete failed, the session stays): it is sent as before.
    letGo();
    await vi.waitFor(async () => expect((await journal.getSession(session.id))?.upload.status).toBe('done'));
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('a 400 is permanent: kept locally with the server reason, never retried', async () => {
    const session = await journalFinishedSession(journal, 'user-1');
    const fetch = setUp([
      () => Response.json({ error: { code: 'invalid-session', message: 'Not valid.', issues: [{ path: 'beats.3.tMs', message: 'beats must be in time order' }] } }, { status: 400 }),
    ]);
    const stored = await uploader!.sync(session.id);
    expect(stored?.upload.status).toBe('failed');
    expect(stored?.upload.error).toEqual({ code: 'invalid-session', message: 'Not valid. (beats.3.tMs: beats must be in time order)' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await journal.readBeats(session.id)).toHaveLength(30);
  });

  it('a 401 waits for sign-in instead of retrying', async () => {
    const session = await journalFinishedSession(journal, 'user-1');
    const fetch = setUp([() => Response.json({ error: { code: 'unauthenticated', message: 'Sign in' } }, { status: 401 }), ok]);
    expect((await uploader!.sync(session.id))?.upload.status).toBe('needs-sign-in');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    await uploader!.syncAll();
    expect((await journal.getSession(session.id))?.upload.status).toBe('done');
  });

  it('sends a check-in after the upload, and queues it while offline', async () => {
    const session = await journalFinishedSession(journal, 'user-1');
    const fetch = setUp([ok, () => Promise.reject(new TypeError('offline')), () => Response.json({ checkIn: {} })]);
    await uploader!.sync(session.id);
    await journal.updateSession(session.id, (s) => ({ ...s, checkIn: { mood: 4, energy: 3 } }));
    const afterFail = await uploader!.sync(session.id);
    expect(afterFail?.upload.checkInSynced).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(async () => expect((await journal.getSession(session.id))?.upload.checkInSynced).toBe(true));
    const [url, init] = fetch.mock.calls[2]!;
    expect(url).toBe(`/api/sessions/${session.id}/check-in`);
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(String(init?.body))).toEqual({ mood: 4, energy: 3 });
  });

  it('guest sessions move to the account on sign-in, check-in included', async () => {
    const guest = await journalFinishedSession(journal, null);
    await journal.updateSession(guest.id, (s) => ({ ...s, checkIn: { body: 5 } }));
    const other = await journalFinishedSession(journal, 'someone-else');
    const fetch = setUp([created]);
    expect(await uploader!.sync(guest.id)).toMatchObject({ upload: { status: 'local' } });
    expect(fetch).not.toHaveBeenCalled();
    await uploader!.syncAll();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(fetch.mock.calls[0]![1]?.body)).checkIn).toEqual({ body: 5 });
    expect(await journal.getSession(guest.id)).toMatchObject({ owner: 'user-1', upload: { status: 'done', checkInSynced: true } });
    expect((await journal.getSession(other.id))?.upload.status).toBe('pending');
  });

  it("never sends someone else's session: A's retry does not land in B's account after a switch", async () => {
    const mine = await journalFinishedSession(journal, 'user-a');
    const fetch = setUp([() => Promise.reject(new TypeError('offline')), created, created], 'user-a');
    const asA = uploader!;
    expect((await asA.sync(mine.id))?.upload).toMatchObject({ status: 'pending', attempts: 1 });
    // A signs out, B signs in: the shared uploader is replaced, B's syncs everything B is owed.
    asA.dispose();
    const fetchB = setUp([created], 'user-b');
    const theirs = await journalFinishedSession(journal, 'user-b');
    await uploader!.syncAll();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetchB.mock.calls.map(([, init]) => JSON.parse(String(init?.body)).id)).toEqual([theirs.id]);
    expect(await uploader!.sync(mine.id)).toMatchObject({ owner: 'user-a', upload: { status: 'pending' } });
    expect(fetchB).toHaveBeenCalledTimes(1);
  });

  it("a stale uploader still holding A's retry sends nothing once another person is signed in", async () => {
    const mine = await journalFinishedSession(journal, 'user-a');
    const fetch = setUp([() => Promise.reject(new TypeError('offline')), created], 'user-b');
    // The session was offered to B (a resume offer, a leftover sync call): B's login must not carry it.
    expect((await uploader!.sync(mine.id))?.upload.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).not.toHaveBeenCalled();
  });
});
