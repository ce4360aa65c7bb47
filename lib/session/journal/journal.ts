// The session journal in IndexedDB: every packet's beats, every gap and phase mark is written as it
// arrives, so a reload or a crash loses nothing. One transaction per packet, never per frame. Every
// method rejects with a JournalError (never throws synchronously, never a raw DOMException).
import { openDatabase, promisifyRequest, transactionDone } from './idb';
import { JournalError, toJournalError } from './journal-error';
import type { JournalSession, PacketRow } from './journal-types';
import { countPacket } from './session-lifecycle';
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

/** `factory` defaults to the page's IndexedDB, which is missing in some locked-down browsers: that rejects too. */
export async function openJournal(factory: IDBFactory | undefined = globalThis.indexedDB, name = JOURNAL_DB): Promise<Journal> {
  // Closed because another tab upgrades the database (a newer Herstel): later failures say so, not just "failed".
  let supplanted = false;
  const db = await openDatabase(
    factory,
    name,
    1,
    (database) => {
      database.createObjectStore(SESSIONS, { keyPath: 'id' });
      const packets = database.createObjectStore(PACKETS, { autoIncrement: true });
      packets.createIndex('sessionId', 'sessionId');
    },
    { onVersionChange: () => (supplanted = true) },
  );

  /** Runs one operation; a synchronous throw (a transaction on a closed connection) becomes a coded rejection too. */
  function guarded<T>(run: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve) => resolve(run())).catch((error: unknown) => {
      const coded = toJournalError(error);
      throw supplanted && coded.code === 'storage-failed' ? new JournalError('storage-blocked', { cause: error }) : coded;
    });
  }

  function mutate(id: string, change: (session: JournalSession) => JournalSession, packet?: PacketRow): Promise<JournalSession> {
    const tx = db.transaction(packet ? [SESSIONS, PACKETS] : [SESSIONS], 'readwrite');
    const sessions = tx.objectStore(SESSIONS);
    let stored: JournalSession | null = null;
    // Why this code aborted the transaction itself (the row is missing, a write threw), if it did.
    let reason: JournalError | null = null;
    // Callbacks, not awaits, inside the transaction: it must not auto-commit between the read and the write.
    const read = sessions.get(id) as IDBRequest<JournalSession | undefined>;
    read.onsuccess = () => {
      if (!read.result) {
        reason = new JournalError('session-missing');
        tx.abort();
        return;
      }
      try {
        stored = change(read.result);
        sessions.put(stored);
        if (packet) tx.objectStore(PACKETS).add(packet);
      } catch (error) {
        // Thrown out of an IndexedDB callback it would abort the transaction anyway, but as an anonymous AbortError.
        reason = toJournalError(error);
        tx.abort();
      }
    };
    return transactionDone(tx).then(
      () => stored as JournalSession,
      (error: unknown) => {
        throw reason ?? error;
      },
    );
  }

  async function write(storeNames: string | string[], fill: (tx: IDBTransaction) => void): Promise<void> {
    const tx = db.transaction(storeNames, 'readwrite');
    const done = transactionDone(tx);
    try {
      fill(tx);
    } catch (error) {
      tx.abort();
      void done.catch(() => undefined);
      throw error;
    }
    await done;
  }

  return {
    createSession: (session) => guarded(() => write(SESSIONS, (tx) => tx.objectStore(SESSIONS).add(session))),
    getSession: (id) =>
      guarded(async () => {
        const result = await promisifyRequest(db.transaction(SESSIONS).objectStore(SESSIONS).get(id) as IDBRequest<JournalSession | undefined>);
        return result ?? null;
      }),
    listSessions: () => guarded(() => promisifyRequest(db.transaction(SESSIONS).objectStore(SESSIONS).getAll() as IDBRequest<JournalSession[]>)),
    appendBeats(id, beats, seenMs) {
      const row: PacketRow = { sessionId: id, beats: beats.map((b) => ({ tMs: b.tMs, rrMs: b.rrMs, rrRaw: b.rrRaw })) };
      return guarded(() => mutate(id, (s) => countPacket(s, beats, seenMs), row));
    },
    updateSession: (id, change) => guarded(() => mutate(id, change)),
    readBeats: (id) =>
      guarded(async () => {
        const index = db.transaction(PACKETS).objectStore(PACKETS).index('sessionId');
        const rows = await promisifyRequest(index.getAll(id) as IDBRequest<PacketRow[]>);
        return rows.flatMap((row) => row.beats);
      }),
    deleteSession: (id) =>
      guarded(() =>
        write([SESSIONS, PACKETS], (tx) => {
          tx.objectStore(SESSIONS).delete(id);
          const packets = tx.objectStore(PACKETS);
          const keys = packets.index('sessionId').getAllKeys(id);
          keys.onsuccess = () => {
            for (const key of keys.result) packets.delete(key);
          };
        }),
      ),
    close: () => db.close(),
  };
}

/**
 * The upload body for a finished session: the journal row plus its beats. A packet that arrived after
 * the session ended (the strap kept sending until it was let go) is not part of it, and the server
 * refuses beats after the end.
 */
export function toSessionUpload(session: JournalSession, beats: RecordedBeat[]): SessionUpload {
  return {
    id: session.id,
    startedAt: session.startedAt,
    durationMs: session.durationMs,
    protocol: session.protocol,
    device: session.device,
    beats: beats.filter((beat) => beat.tMs <= session.durationMs),
    phases: session.phases,
    gaps: session.gaps,
    pauses: session.pauses,
    pacerCycleStartsMs: session.pacerCycleStartsMs,
    endedEarly: session.endedEarly,
    clientSummary: session.clientSummary,
    checkIn: session.checkIn,
    ...(session.kind ? { kind: session.kind } : {}),
    ...(session.posture ? { posture: session.posture } : {}),
    ...(session.timeZone ? { timeZone: session.timeZone } : {}),
    ...(session.resonanceRatesBpm ? { resonanceRatesBpm: session.resonanceRatesBpm } : {}),
  };
}
