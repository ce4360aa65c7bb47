// The journal kept in this tab's memory, for when the browser's storage cannot keep it: the session runs,
// its summary and upload work the same, but a reload or closing the tab loses what only lives here.
import { JournalError } from './journal-error';
import type { Journal } from './journal';
import type { JournalSession } from './journal-types';
import { countPacket } from './session-lifecycle';
import type { RecordedBeat } from '@/lib/session/protocol/record';

export interface MemoryJournal extends Journal {
  /** Takes over a session (its row and beats so far) from storage that stopped working. */
  adopt(session: JournalSession, beats: readonly RecordedBeat[]): void;
}

export function createMemoryJournal(): MemoryJournal {
  const rows = new Map<string, JournalSession>();
  const beatsOf = new Map<string, RecordedBeat[]>();
  // Copies in and out, as IndexedDB makes them: a caller changing a row it holds must not change the stored one.
  const copy = <T>(value: T): T => structuredClone(value);

  function stored(id: string): JournalSession {
    const row = rows.get(id);
    if (!row) throw new JournalError('session-missing');
    return row;
  }

  function mutate(id: string, change: (session: JournalSession) => JournalSession): JournalSession {
    const next = copy(change(copy(stored(id))));
    rows.set(id, next);
    return copy(next);
  }

  // Async methods: a failure is a rejection, as with the IndexedDB journal.
  return {
    async createSession(session) {
      if (rows.has(session.id)) throw new JournalError('storage-failed');
      rows.set(session.id, copy(session));
      beatsOf.set(session.id, []);
    },
    async getSession(id) {
      const row = rows.get(id);
      return row ? copy(row) : null;
    },
    async listSessions() {
      return [...rows.values()].map(copy);
    },
    async appendBeats(id, beats, seenMs) {
      const next = mutate(id, (s) => countPacket(s, beats, seenMs));
      beatsOf.get(id)?.push(...beats.map((b) => ({ tMs: b.tMs, rrMs: b.rrMs, rrRaw: b.rrRaw })));
      return next;
    },
    async updateSession(id, change) {
      return mutate(id, change);
    },
    async readBeats(id) {
      return copy(beatsOf.get(id) ?? []);
    },
    async deleteSession(id) {
      rows.delete(id);
      beatsOf.delete(id);
    },
    close: () => undefined,
    adopt(session, beats) {
      rows.set(session.id, copy(session));
      beatsOf.set(session.id, copy([...beats]));
    },
  };
}
