import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { canResumeSession, listInterruptedSessions, RESUME_WITHIN_MS } from './interrupted-session';
import { defaultProtocol } from '@/lib/session/protocol/protocol';
import { newJournalSession } from './session-lifecycle';
import { holdSessionLock } from './session-lock';
import { fakeLocks } from '@/lib/session/testing/fake-locks';
import { openTestJournal } from '@/lib/session/testing/journal-fixtures';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('interrupted sessions', () => {
  const protocol = { ...defaultProtocol, baselineS: 60, breathingS: 600, recoveryS: 60 };
  const recording = (id: string, owner: string | null, startedAtEpochMs: number) => newJournalSession({ id, owner, protocol, device: null, startedAtEpochMs });

  it("offers this person's and guests' sessions, never someone else's, one finished or one live in another tab", async () => {
    const journal = await openTestJournal();
    const locks = fakeLocks();
    await journal.createSession(recording('mine', 'user-b', 3000));
    await journal.createSession(recording('guest', null, 2000));
    await journal.createSession(recording('theirs', 'user-a', 4000));
    await journal.createSession({ ...recording('done', 'user-b', 5000), status: 'finished' });
    await journal.createSession(recording('live', 'user-b', 6000));
    const release = holdSessionLock('live', locks);
    await flush();

    expect((await listInterruptedSessions(journal, 'user-b', locks)).map((s) => s.id)).toEqual(['mine', 'guest']);
    expect((await listInterruptedSessions(journal, null, locks)).map((s) => s.id)).toEqual(['guest']);
    release();
    await flush();
    expect((await listInterruptedSessions(journal, 'user-b', locks)).map((s) => s.id)).toEqual(['live', 'mine', 'guest']);
    journal.close();
  });

  it('can be continued only within half an hour of when it was last seen', () => {
    const startedAtEpochMs = Date.UTC(2026, 0, 5, 7);
    const session = { ...recording('s', null, startedAtEpochMs), lastSeenMs: 5 * 60_000 };
    const lastSeenAtMs = startedAtEpochMs + 5 * 60_000;
    expect(canResumeSession(session, lastSeenAtMs + 2_000)).toBe(true);
    expect(canResumeSession(session, lastSeenAtMs + RESUME_WITHIN_MS)).toBe(true);
    expect(canResumeSession(session, lastSeenAtMs + RESUME_WITHIN_MS + 1)).toBe(false);
    expect(canResumeSession(session, lastSeenAtMs + 24 * 60 * 60_000)).toBe(false);
  });
});
