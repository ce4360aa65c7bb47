// The product rule: every beat is journaled first, and when the browser cannot store it the session still
// has it (in this tab's memory), in order, for the summary and the upload; the problem is said once, coded.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFallbackJournal } from './fallback-journal';
import type { Journal } from './journal';
import { JournalError } from './journal-error';
import { newJournalSession } from './session-lifecycle';
import { defaultProtocol } from '@/lib/session/protocol/protocol';
import { openTestJournal } from '@/lib/session/testing/journal-fixtures';

const opened: Journal[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const j of opened.splice(0)) j.close();
});

const session = (id = 'a') => newJournalSession({ id, owner: null, protocol: defaultProtocol, device: null, startedAtEpochMs: Date.UTC(2026, 0, 5, 7) });
const beat = (tMs: number) => ({ tMs, rrMs: 1000, rrRaw: 1024 });
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function storedJournal() {
  const journal = await openTestJournal();
  opened.push(journal);
  return journal;
}

function watched(stored: Journal | null, openProblem: JournalError | null = null) {
  const journal = createFallbackJournal(stored, openProblem);
  const problems: [string, string][] = [];
  journal.onProblem((id, error) => problems.push([id, error.code]));
  return { journal, problems };
}

describe('the fallback journal', () => {
  it('without storage keeps every session in memory and says why', async () => {
    const { journal, problems } = watched(null, new JournalError('storage-unavailable'));
    await journal.createSession(session());
    await journal.appendBeats('a', [beat(1000)], 1000);
    await journal.appendBeats('a', [beat(2000)], 2000);
    expect(journal.openProblem?.code).toBe('storage-unavailable');
    expect(journal.problemOf('a')?.code).toBe('storage-unavailable');
    expect(problems).toEqual([['a', 'storage-unavailable']]);
    expect(await journal.readBeats('a')).toEqual([beat(1000), beat(2000)]);
    expect((await journal.listSessions()).map((s) => [s.id, s.beatCount])).toEqual([['a', 2]]);
  });

  it('with working storage passes everything through and reports nothing', async () => {
    const stored = await storedJournal();
    const { journal, problems } = watched(stored);
    await journal.createSession(session());
    await journal.appendBeats('a', [beat(1000)], 1000);
    expect(await stored.readBeats('a')).toEqual([beat(1000)]);
    expect(journal.problemOf('a')).toBeNull();
    expect(problems).toEqual([]);
  });

  it('when the quota runs out mid-session, resolves every append, keeps all beats in order and reports storage-full once', async () => {
    const stored = await storedJournal();
    const { journal, problems } = watched(stored);
    await journal.createSession(session());
    // Packets arrive faster than they commit: none is awaited before the next, as the recorder does.
    let puts = 0;
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts > 4) throw quota();
      return realPut.apply(this, args);
    });
    const appends = Array.from({ length: 10 }, (_, i) => journal.appendBeats('a', [beat((i + 1) * 1000)], (i + 1) * 1000));
    const rows = await Promise.all(appends);
    expect(rows.map((r) => r.beatCount)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(problems).toEqual([['a', 'storage-full']]);
    // The browser's own error stays with it, for the console.
    expect((journal.problemOf('a')?.cause as DOMException).name).toBe('QuotaExceededError');
    expect(await journal.readBeats('a')).toEqual(Array.from({ length: 10 }, (_, i) => beat((i + 1) * 1000)));
    expect(await journal.getSession('a')).toMatchObject({ beatCount: 10, packetCount: 10, lastBeatMs: 10_000 });

    // Space again: the session stays in memory (no packet may land in storage after one that did not).
    vi.restoreAllMocks();
    await journal.appendBeats('a', [beat(11_000)], 11_000);
    expect((await journal.readBeats('a')).length).toBe(11);
    // What storage did keep stays there for a reload: the first four packets.
    expect(await stored.readBeats('a')).toEqual([beat(1000), beat(2000), beat(3000), beat(4000)]);
    // Listed once, as this tab's (current) copy.
    expect((await journal.listSessions()).map((s) => [s.id, s.beatCount])).toEqual([['a', 11]]);
  });

  it('a new session the storage refuses starts in memory', async () => {
    const stored = await storedJournal();
    const { journal, problems } = watched(stored);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota();
    });
    await journal.createSession(session());
    vi.restoreAllMocks();
    await journal.appendBeats('a', [beat(1000)], 1000);
    expect(problems).toEqual([['a', 'storage-full']]);
    expect(await journal.readBeats('a')).toEqual([beat(1000)]);
    expect(await stored.getSession('a')).toBeNull();
  });

  it('when the connection is gone altogether, goes on from the last row it saw', async () => {
    const stored = await storedJournal();
    const { journal, problems } = watched(stored);
    await journal.createSession(session());
    await journal.appendBeats('a', [beat(1000)], 1000);
    stored.close();
    const row = await journal.updateSession('a', (s) => ({ ...s, lastSeenMs: 5000 }));
    expect(row).toMatchObject({ beatCount: 1, lastSeenMs: 5000 });
    await journal.appendBeats('a', [beat(6000)], 6000);
    expect(problems).toEqual([['a', 'storage-failed']]);
    // The beat before the failure could not be read back any more: only what came after is in memory.
    expect(await journal.readBeats('a')).toEqual([beat(6000)]);
  });

  it('rejects (coded) a write to a session nobody has', async () => {
    const { journal } = watched(await storedJournal());
    await expect(journal.updateSession('gone', (s) => s)).rejects.toMatchObject({ name: 'JournalError', code: 'session-missing' });
  });

  it('deletes a session moved to memory from both places', async () => {
    const stored = await storedJournal();
    const { journal } = watched(stored);
    await journal.createSession(session());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    await journal.appendBeats('a', [beat(1000)], 1000);
    vi.restoreAllMocks();
    await journal.deleteSession('a');
    expect(await journal.getSession('a')).toBeNull();
    expect(await stored.getSession('a')).toBeNull();
    expect(journal.problemOf('a')).toBeNull();
  });
});
