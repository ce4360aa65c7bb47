import { openJournal, type Journal } from '@/lib/session/journal/journal';
import type { JournalSession } from '@/lib/session/journal/journal-types';
import { defaultProtocol } from '@/lib/session/protocol/protocol';
import { finishJournalSession, newJournalSession } from '@/lib/session/journal/session-lifecycle';

let counter = 0;

/** A fresh journal on whatever IndexedDB the test installed (fake-indexeddb). */
export function openTestJournal(): Promise<Journal> {
  counter++;
  return openJournal(indexedDB, `test-journal-${process.pid}-${counter}`);
}

/** A finished 30-s session with 30 beats, journaled; owner null makes it a guest's. */
export async function journalFinishedSession(journal: Journal, owner: string | null, id = crypto.randomUUID()): Promise<JournalSession> {
  const protocol = { ...defaultProtocol, baselineS: 10, breathingS: 10, recoveryS: 10 };
  await journal.createSession(newJournalSession({ id, owner, protocol, device: null, startedAtEpochMs: Date.UTC(2026, 0, 5, 7) }));
  for (let i = 1; i <= 30; i++) await journal.appendBeats(id, [{ tMs: i * 1000 - 500, rrMs: 1000, rrRaw: 1024 }], i * 1000 - 500);
  return journal.updateSession(id, (s) => finishJournalSession(s, 30_000));
}
