// What can go wrong with the browser's storage, as a code the UI translates: the browser's own error text
// (English, technical, different per browser) never reaches the screen; it stays on `cause` for the console.

export type JournalErrorCode =
  /** No IndexedDB at all, or the browser refuses it: a private window, strict privacy settings, blocked site data. */
  | 'storage-unavailable'
  /** Another tab holds the database at another version (an older tab blocks the upgrade, or a newer one took it over). */
  | 'storage-blocked'
  /** The quota for this site, or the disk, is full. */
  | 'storage-full'
  /** Any other failure to read or write: an aborted transaction, a connection the browser closed, a broken database. */
  | 'storage-failed'
  /** The session's row is gone from storage (site data cleared, or discarded in another tab). */
  | 'session-missing';

export const journalErrorCodes: readonly JournalErrorCode[] = ['storage-unavailable', 'storage-blocked', 'storage-full', 'storage-failed', 'session-missing'];

export class JournalError extends Error {
  override readonly name = 'JournalError';

  constructor(
    readonly code: JournalErrorCode,
    options: { cause?: unknown } = {},
  ) {
    // The message is for the console and logs only; the UI shows the translated code.
    super(`browser storage: ${code}`, options);
  }
}

/** Where the failure happened: opening the database fails for other reasons than using an open one. */
export type JournalStep = 'open' | 'use';

/** Maps whatever IndexedDB threw or rejected with (a DOMException, by its `name`) to a JournalError; keeps it as `cause`. */
export function toJournalError(error: unknown, step: JournalStep = 'use'): JournalError {
  if (error instanceof JournalError) return error;
  return new JournalError(codeFor(errorName(error), step), { cause: error });
}

function errorName(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return '';
}

function codeFor(name: string, step: JournalStep): JournalErrorCode {
  switch (name) {
    case 'QuotaExceededError':
    // Older Firefox's name for it.
    case 'NS_ERROR_DOM_QUOTA_REACHED':
      return 'storage-full';
    case 'VersionError':
      return 'storage-blocked';
    case 'SecurityError':
    case 'NotSupportedError':
    // indexedDB itself missing, read as a global.
    case 'ReferenceError':
      return 'storage-unavailable';
    case 'InvalidStateError':
      // Firefox's private windows refused the open with it; on an open database it means the connection was closed.
      return step === 'open' ? 'storage-unavailable' : 'storage-failed';
    default:
      return 'storage-failed';
  }
}
