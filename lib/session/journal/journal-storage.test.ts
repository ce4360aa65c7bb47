// How the IndexedDB journal fails: always a JournalError with a code (the DOMException as its cause),
// always as a rejection, never a synchronous throw at the caller.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, transactionDone } from './idb';
import { openJournal, type Journal } from './journal';
import { JournalError, type JournalErrorCode } from './journal-error';
import { newJournalSession } from './session-lifecycle';
import { defaultProtocol } from '@/lib/session/protocol/protocol';

let counter = 0;
const freshName = () => `journal-storage-${process.pid}-${++counter}`;
const opened: (Journal | IDBDatabase)[] = [];

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const j of opened.splice(0)) j.close();
});

const session = (id = crypto.randomUUID()) =>
  newJournalSession({ id, owner: null, protocol: defaultProtocol, device: null, startedAtEpochMs: Date.UTC(2026, 0, 5, 7) });
const beat = (tMs: number) => ({ tMs, rrMs: 1000, rrRaw: 1024 });

async function journalAt(name = freshName()) {
  const journal = await openJournal(indexedDB, name);
  opened.push(journal);
  return journal;
}

/** A connection opened the plain way, at `version`: one that does not step aside for another tab. */
function rawOpen(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => {
      opened.push(request.result);
      resolve(request.result);
    };
    request.onerror = () => reject(request.error);
  });
}

async function expectCode(promise: Promise<unknown>, code: JournalErrorCode, causeName?: string) {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JournalError);
  expect((error as JournalError).code).toBe(code);
  if (causeName) expect(((error as JournalError).cause as DOMException).name).toBe(causeName);
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('the journal when the browser has no usable storage', () => {
  it('rejects with storage-unavailable when there is no IndexedDB at all (a locked-down browser)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expectCode(openJournal(), 'storage-unavailable');
  });

  it('rejects with storage-unavailable when opening throws a SecurityError (site data blocked)', async () => {
    const factory = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expectCode(openJournal(factory, freshName()), 'storage-unavailable', 'SecurityError');
  });

  it("rejects with storage-unavailable when the open fails with InvalidStateError (Firefox's private windows)", async () => {
    const request = { error: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError') } as {
      error: DOMException;
      onerror?: () => void;
    };
    const factory = { open: () => (setTimeout(() => request.onerror?.(), 0), request) } as unknown as IDBFactory;
    await expectCode(openJournal(factory, freshName()), 'storage-unavailable', 'InvalidStateError');
  });
});

describe('the journal when another tab holds the database', () => {
  it('rejects with storage-blocked while an older connection does not close for the upgrade, and then blocks nobody in turn', async () => {
    const name = freshName();
    const older = await rawOpen(name, 1);
    await expectCode(
      openDatabase(indexedDB, name, 2, () => undefined),
      'storage-blocked',
    );
    // The other tab goes away: the upgrade that was waiting runs, and its late connection does not hold up the next one.
    older.close();
    const next = await rawOpen(name, 3);
    expect(next.version).toBe(3);
  });

  it('rejects with storage-blocked when a newer version (another tab, a newer Herstel) already upgraded the database', async () => {
    const name = freshName();
    (await rawOpen(name, 2)).close();
    await expectCode(openJournal(indexedDB, name), 'storage-blocked', 'VersionError');
  });

  it('steps aside for a newer tab, and every later call rejects with storage-blocked', async () => {
    const name = freshName();
    const journal = await journalAt(name);
    await journal.createSession(session('a'));
    await rawOpen(name, 2);
    await expectCode(journal.appendBeats('a', [beat(1000)], 1000), 'storage-blocked', 'InvalidStateError');
    await expectCode(journal.listSessions(), 'storage-blocked');
  });
});

describe('the journal when a write fails', () => {
  it('rejects an append with storage-full when the put throws QuotaExceededError, and keeps nothing of it', async () => {
    const journal = await journalAt();
    await journal.createSession(session('a'));
    await journal.appendBeats('a', [beat(1000)], 1000);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    await expectCode(journal.appendBeats('a', [beat(2000)], 2000), 'storage-full', 'QuotaExceededError');
    await expectCode(journal.updateSession('a', (s) => ({ ...s, lastSeenMs: 5000 })), 'storage-full');
    put.mockRestore();
    // The transaction was aborted whole: neither the row nor the packet changed.
    expect(await journal.readBeats('a')).toEqual([beat(1000)]);
    expect(await journal.getSession('a')).toMatchObject({ beatCount: 1, packetCount: 1, lastSeenMs: 1000 });
  });

  it('rejects a new session with storage-full when the add throws QuotaExceededError', async () => {
    const journal = await journalAt();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota();
    });
    await expectCode(journal.createSession(session('a')), 'storage-full', 'QuotaExceededError');
    vi.restoreAllMocks();
    expect(await journal.listSessions()).toEqual([]);
  });

  it('reads a transaction aborted for quota (how browsers report a full disk at commit) as storage-full', async () => {
    const tx = { error: quota() } as { error: DOMException; onabort?: () => void };
    const done = transactionDone(tx as unknown as IDBTransaction);
    tx.onabort?.();
    await expectCode(done, 'storage-full', 'QuotaExceededError');
  });

  it('reads a transaction aborted without a reason as storage-failed', async () => {
    const tx = { error: null } as { error: null; onabort?: () => void };
    const done = transactionDone(tx as unknown as IDBTransaction);
    tx.onabort?.();
    await expectCode(done, 'storage-failed', 'AbortError');
  });

  it('after the connection closed, rejects (never throws) with storage-failed: InvalidStateError', async () => {
    const journal = await journalAt();
    await journal.createSession(session('a'));
    journal.close();
    let pending: Promise<unknown> | null = null;
    expect(() => (pending = journal.appendBeats('a', [beat(1000)], 1000))).not.toThrow();
    await expectCode(pending!, 'storage-failed', 'InvalidStateError');
    await expectCode(journal.getSession('a'), 'storage-failed', 'InvalidStateError');
    await expectCode(journal.listSessions(), 'storage-failed');
    await expectCode(journal.readBeats('a'), 'storage-failed');
    await expectCode(journal.deleteSession('a'), 'storage-failed');
  });

  it('rejects a write to a session that is gone with session-missing', async () => {
    const journal = await journalAt();
    await expectCode(journal.updateSession('gone', (s) => s), 'session-missing');
  });
});
