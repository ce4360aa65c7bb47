import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getJournal, getUploader, setSignedInUser } from './browser-journal';
import { journalFinishedSession } from '@/lib/session/testing/journal-fixtures';

const created = () => Response.json({ session: { summary: { phases: [], shift: {} } } }, { status: 201 });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the shared uploader', () => {
  it("drops A's pending retry when B signs in, so A's session never reaches B's account", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockRejectedValueOnce(new TypeError('offline')).mockImplementation(async () => created());
    vi.stubGlobal('fetch', fetch);
    setSignedInUser('user-a');
    const journal = await getJournal();
    const mine = await journalFinishedSession(journal, 'user-a');
    expect((await (await getUploader()).sync(mine.id))?.upload.status).toBe('pending');

    // Sign-out, then sign-in as B, without a page load: the retry timer was armed for A.
    setSignedInUser(null);
    setSignedInUser('user-b');
    const theirs = await journalFinishedSession(journal, 'user-b');
    await (await getUploader()).syncAll();
    await vi.advanceTimersByTimeAsync(10 * 60_000);

    const sent = fetch.mock.calls.slice(1).map(([, init]) => JSON.parse(String(init?.body)).id);
    expect(sent).toEqual([theirs.id]);
    expect(await journal.getSession(mine.id)).toMatchObject({ owner: 'user-a', upload: { status: 'pending' } });
  });
});

describe('the page journal without IndexedDB', () => {
  it('opens anyway, in memory, says why, and still uploads a signed-in session', async () => {
    vi.stubGlobal('indexedDB', undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fetch = vi.fn<typeof globalThis.fetch>().mockImplementation(async () => created());
    vi.stubGlobal('fetch', fetch);
    // A page of its own: the module's journal is opened once per page.
    vi.resetModules();
    const page = await import('./browser-journal');
    const journal = await page.getJournal();
    expect(journal.openProblem?.code).toBe('storage-unavailable');

    page.setSignedInUser('user-a');
    const mine = await journalFinishedSession(journal, 'user-a');
    expect(journal.problemOf(mine.id)?.code).toBe('storage-unavailable');
    expect((await (await page.getUploader()).sync(mine.id))?.upload.status).toBe('done');
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body)).beats).toHaveLength(30);
  });
});
