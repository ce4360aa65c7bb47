// The session journal in IndexedDB: every packet's beats, every gap and phase mark is written as it
// arrives, so a reload or a crash loses nothing. One transaction per packet, never per frame.
import { openDatabase, promisifyRequest, transactionDone } from './idb';
import type { JournalSession, PacketRow } from './journal-types';
import type { RecordedBeat, SessionUpload } from '@/lib/session/protocol/record';

export const JOURNAL_DB = 'herstel-journal';
const SESSIONS = 'sessions';
const PACKETS = 'packets';

export interface Journal {
  createSession(session: JournalSession): Promise<void>;
  getSession(id: string): Promise<JournalSession | null>;
  listSessions(): Promise<JournalSession[]>;
  /** The beats of one packet, appended in one transaction with the session's counters. Resolves once stored. */
  appendBeats(id: string, beats: readonly RecordedBeat[], seenMs: number): Promise<JournalSession>;
  /** Read-modify-write of the session row in one transaction; returns the row as stored. */
  updateSession(id: string, change: (session: JournalSession) => JournalSession): Promise<JournalSession>;
  readBeats(id: string): Promise<RecordedBeat[]>;
  deleteSession(id: string): Promise<void>;
  close(): void;
}

export async function openJournal(factory: IDBFactory = indexedDB, name = JOURNAL_DB): Promise<Journal> {
  const db = await openDatabase(factory, name, 1, (database) => {
    database.createObjectStore(SESSIONS, { keyPath: 'id' });
    const packets = database.createObjectStore(PACKETS, { autoIncrement: true });
    packets.createIndex('sessionId', 'sessionId');
  });

  function mutate(id: string, change: (session: JournalSession) => JournalSession, packet?: PacketRow): Promise<JournalSession> {
    const tx = db.transaction(packet ? [SESSIONS, PACKETS] : [SESSIONS], 'readwrite');
    const sessions = tx.objectStore(SESSIONS);
    let stored: JournalSession | null = null;
    // Callbacks, not awaits, inside the transaction: it must not auto-commit between the read and the write.
    const read = sessions.get(id) as IDBRequest<JournalSession | undefined>;
    read.onsuccess = () => {
      if (!read.result) {
        tx.abort();
        return;
      }
      stored = change(read.result);
      sessions.put(stored);
      if (packet) tx.objectStore(PACKETS).add(packet);
    };
    return transactionDone(tx).then(
      () => stored as JournalSession,
      (cause: unknown) => {
        throw stored === null ? new Error(`no journaled session ${id}`) : cause;
      },
    );
  }

  return {
    async createSession(session) {
      const tx = db.transaction(SESSIONS, 'readwrite');
      tx.objectStore(SESSIONS).add(session);
      await transactionDone(tx);
    },
    async getSession(id) {
      const result = await promisifyRequest(db.transaction(SESSIONS).objectStore(SESSIONS).get(id) as IDBRequest<JournalSession | undefined>);
      return result ?? null;
    },
    listSessions() {
      return promisifyRequest(db.transaction(SESSIONS).objectStore(SESSIONS).getAll() as IDBRequest<JournalSession[]>);
    },
    appendBeats(id, beats, seenMs) {
      const row: PacketRow = { sessionId: id, beats: beats.map((b) => ({ tMs: b.tMs, rrMs: b.rrMs, rrRaw: b.rrRaw })) };
      const last = beats[beats.length - 1];
      return mutate(
        id,
        (s) => ({
          ...s,
          beatCount: s.beatCount + beats.length,
          packetCount: s.packetCount + 1,
          lastBeatMs: last ? last.tMs : s.lastBeatMs,
          lastSeenMs: Math.max(s.lastSeenMs, seenMs),
        }),
        row,
      );
    },
    updateSession: (id, change) => mutate(id, change),
    async readBeats(id) {
      const index = db.transaction(PACKETS).objectStore(PACKETS).index('sessionId');
      const rows = await promisifyRequest(index.getAll(id) as IDBRequest<PacketRow[]>);
      return rows.flatMap((row) => row.beats);
    },
    async deleteSession(id) {
      const tx = db.transaction([SESSIONS, PACKETS], 'readwrite');
      tx.objectStore(SESSIONS).delete(id);
      const packets = tx.objectStore(PACKETS);
      const keys = packets.index('sessionId').getAllKeys(id);
      keys.onsuccess = () => {
        for (const key of keys.result) packets.delete(key);
      };
      await transactionDone(tx);
    },
    close: () => db.close(),
  };
}

/** The upload body for a finished session: the journal row plus its beats. */
export function toSessionUpload(session: JournalSession, beats: RecordedBeat[]): SessionUpload {
  return {
    id: session.id,
    startedAt: session.startedAt,
    durationMs: session.durationMs,
    protocol: session.protocol,
    device: session.device,
    beats,
    phases: session.phases,
    gaps: session.gaps,
    pauses: session.pauses,
    pacerCycleStartsMs: session.pacerCycleStartsMs,
    endedEarly: session.endedEarly,
    clientSummary: session.clientSummary,
    checkIn: session.checkIn,
  };
}
