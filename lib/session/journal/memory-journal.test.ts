import { describe, expect, it } from 'vitest';
import { JournalError } from './journal-error';
import { createMemoryJournal } from './memory-journal';
import { newJournalSession } from './session-lifecycle';
import { defaultProtocol } from '@/lib/session/protocol/protocol';

const session = (id = 'a') => newJournalSession({ id, owner: null, protocol: defaultProtocol, device: null, startedAtEpochMs: Date.UTC(2026, 0, 5, 7) });
const beat = (tMs: number) => ({ tMs, rrMs: 1000, rrRaw: 1024 });

describe('the memory journal', () => {
  it('counts packets and gives the beats back in order, like the IndexedDB journal', async () => {
    const journal = createMemoryJournal();
    await journal.createSession(session());
    await Promise.all([journal.appendBeats('a', [beat(1000)], 1000), journal.appendBeats('a', [beat(2000), beat(3000)], 3100)]);
    expect(await journal.getSession('a')).toMatchObject({ beatCount: 3, packetCount: 2, lastBeatMs: 3000, lastSeenMs: 3100 });
    expect(await journal.readBeats('a')).toEqual([beat(1000), beat(2000), beat(3000)]);
  });

  it('hands out copies: changing a row read from it changes nothing stored', async () => {
    const journal = createMemoryJournal();
    await journal.createSession(session());
    const row = (await journal.getSession('a'))!;
    row.gaps.push({ startMs: 0, endMs: 1 });
    expect((await journal.getSession('a'))?.gaps).toEqual([]);
  });

  it('rejects with session-missing for a session it does not have, and with a JournalError for a second create', async () => {
    const journal = createMemoryJournal();
    await expect(journal.appendBeats('a', [beat(1)], 1)).rejects.toMatchObject({ code: 'session-missing' });
    await journal.createSession(session());
    await expect(journal.createSession(session())).rejects.toBeInstanceOf(JournalError);
  });

  it('adopts a session with its beats so far, and deletes it', async () => {
    const journal = createMemoryJournal();
    journal.adopt({ ...session(), beatCount: 1, packetCount: 1 }, [beat(1000)]);
    await journal.appendBeats('a', [beat(2000)], 2000);
    expect(await journal.readBeats('a')).toEqual([beat(1000), beat(2000)]);
    expect((await journal.listSessions()).map((s) => s.beatCount)).toEqual([2]);
    await journal.deleteSession('a');
    expect(await journal.getSession('a')).toBeNull();
    expect(await journal.readBeats('a')).toEqual([]);
  });
});
