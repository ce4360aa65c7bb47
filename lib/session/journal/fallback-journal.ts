// The journal the page uses: IndexedDB while it works, this tab's memory for a session once it does not
// (or for every session when IndexedDB never opened). A beat the browser cannot store is still kept for
// the session, its summary and its upload; what is lost is only the safety net of a reload.
import type { Journal } from './journal';
import { JournalError, toJournalError } from './journal-error';
import type { JournalSession } from './journal-types';
import { createMemoryJournal } from './memory-journal';

export interface BrowserJournal extends Journal {
  /** Why IndexedDB could not be opened, so that every session lives in memory only; null when it opened. */
  readonly openProblem: JournalError | null;
  /** Why this session lives only in this tab's memory (a reload loses it), or null while the browser's storage keeps it. */
  problemOf(id: string): JournalError | null;
  /** Told once per session, when it moves to memory. */
  onProblem(listener: (id: string, error: JournalError) => void): () => void;
}

export function createFallbackJournal(stored: Journal | null, openProblem: JournalError | null = null): BrowserJournal {
  const memory = createMemoryJournal();
  /** Sessions that live in memory now, and why. */
  const kept = new Map<string, JournalError>();
  /** The latest row storage returned per session: what memory starts from when storage cannot even be read any more. */
  const lastRows = new Map<string, JournalSession>();
  const listeners = new Set<(id: string, error: JournalError) => void>();
  const queues = new Map<string, Promise<void>>();

  /**
   * One session's operations run one after the other: when a write fails, the session moves to memory
   * before the next write, so no packet lands in storage after one that went to memory (beats stay in order).
   */
  function inOrder<T>(id: string, run: () => Promise<T>): Promise<T> {
    const result = (queues.get(id) ?? Promise.resolve()).then(run);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    queues.set(id, settled);
    void settled.then(() => {
      if (queues.get(id) === settled) queues.delete(id);
    });
    return result;
  }

  function remember<T extends JournalSession | null>(row: T): T {
    if (row) lastRows.set(row.id, row);
    return row;
  }

  function keep(id: string, error: JournalError) {
    kept.set(id, error);
    for (const listener of listeners) listener(id, error);
  }

  async function moveToMemory(journal: Journal, id: string, error: JournalError) {
    // A full quota still lets the browser read: take over the row and the beats stored so far.
    const row = await journal.getSession(id).catch(() => null);
    const from = row ?? lastRows.get(id) ?? null;
    if (from) memory.adopt(from, row ? await journal.readBeats(id).catch(() => []) : []);
    keep(id, error);
  }

  function write(id: string, change: (journal: Journal) => Promise<JournalSession>): Promise<JournalSession> {
    return inOrder(id, async () => {
      if (stored && !kept.has(id)) {
        try {
          return remember(await change(stored));
        } catch (cause) {
          await moveToMemory(stored, id, toJournalError(cause));
        }
      }
      return change(memory);
    });
  }

  return {
    openProblem,
    problemOf: (id) => kept.get(id) ?? (stored ? null : (openProblem ?? new JournalError('storage-unavailable'))),
    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    createSession: (session) =>
      inOrder(session.id, async () => {
        let problem = openProblem ?? new JournalError('storage-unavailable');
        if (stored) {
          try {
            await stored.createSession(session);
            remember(session);
            return;
          } catch (cause) {
            problem = toJournalError(cause);
          }
        }
        await memory.createSession(session);
        keep(session.id, problem);
      }),
    getSession: (id) => inOrder(id, async () => (stored && !kept.has(id) ? remember(await stored.getSession(id)) : memory.getSession(id))),
    async listSessions() {
      const here = await memory.listSessions();
      const ids = new Set(here.map((s) => s.id));
      // A session moved to memory may still have an older copy in storage: this tab's copy is the current one.
      const there = stored ? (await stored.listSessions()).filter((s) => !ids.has(s.id)) : [];
      return [...there, ...here];
    },
    appendBeats: (id, beats, seenMs) => write(id, (journal) => journal.appendBeats(id, beats, seenMs)),
    updateSession: (id, change) => write(id, (journal) => journal.updateSession(id, change)),
    readBeats: (id) => inOrder(id, () => (stored && !kept.has(id) ? stored.readBeats(id) : memory.readBeats(id))),
    deleteSession: (id) =>
      inOrder(id, async () => {
        const wasKept = kept.delete(id);
        lastRows.delete(id);
        await memory.deleteSession(id);
        // The older copy in storage goes too; a session only ever in memory has nothing there to fail on.
        await stored?.deleteSession(id).catch((error: unknown) => {
          if (!wasKept) throw error;
        });
      }),
    close: () => stored?.close(),
  };
}
