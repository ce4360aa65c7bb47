// A small promise wrapper over IndexedDB: just what the journal needs, no library. Everything it rejects
// with is a JournalError, so no caller ever sees (or shows) a raw DOMException.
import { JournalError, toJournalError } from './journal-error';

export function promisifyRequest<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(toJournalError(request.error));
  });
}

/** Resolves when the transaction committed; rejects when it failed or was aborted (a full quota aborts it at commit). */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(toJournalError(tx.error));
    tx.onabort = () => reject(toJournalError(tx.error ?? new DOMException('The transaction was aborted', 'AbortError')));
  });
}

export interface OpenOptions {
  /** Another tab wants a newer version: this connection closes (so it is not blocked), and says so. */
  onVersionChange?: () => void;
}

export function openDatabase(
  factory: IDBFactory | undefined,
  name: string,
  version: number,
  upgrade: (db: IDBDatabase, oldVersion: number) => void,
  options: OpenOptions = {},
): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    if (!factory) throw new JournalError('storage-unavailable');
    let blocked = false;
    // Some browsers throw right here (a SecurityError when site data is blocked); the executor turns it into a rejection.
    const request = factory.open(name, version);
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
    request.onsuccess = () => {
      const db = request.result;
      // Given up on while blocked: a connection that opens late must not block the other tab in turn.
      if (blocked) {
        db.close();
        return;
      }
      db.onversionchange = () => {
        db.close();
        options.onVersionChange?.();
      };
      resolve(db);
    };
    request.onerror = () => reject(toJournalError(request.error, 'open'));
    request.onblocked = () => {
      blocked = true;
      reject(new JournalError('storage-blocked'));
    };
  }).catch((error: unknown) => {
    throw toJournalError(error, 'open');
  });
}
