import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '@/lib/session/protocol/protocol';
import { forgetAccountSessions } from './forget-account';
import { createMemoryJournal } from './memory-journal';
import { newJournalSession } from './session-lifecycle';

const session = (id: string, owner: string | null) => newJournalSession({ id, owner, protocol: defaultProtocol, device: null, startedAtEpochMs: Date.UTC(2026, 0, 5, 7) });

describe('forgetAccountSessions', () => {
  it("removes the deleted account's journaled sessions and their beats, and keeps a guest's and another account's", async () => {
    const journal = createMemoryJournal();
    for (const s of [session('a1', 'anna'), session('a2', 'anna'), session('g', null), session('b', 'bram')]) await journal.createSession(s);
    await journal.appendBeats('a1', [{ tMs: 1000, rrMs: 1000, rrRaw: 1024 }], 1000);
    expect(await forgetAccountSessions(journal, 'anna')).toBe(2);
    expect((await journal.listSessions()).map((s) => s.id).sort()).toEqual(['b', 'g']);
    expect(await journal.getSession('a1')).toBeNull();
  });
});
