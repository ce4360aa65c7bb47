import type { Journal } from './journal';
import type { JournalSession } from './journal-types';

/** A session this short (a false start, a test) may be thrown away from its summary. */
export const DISCARD_SHORT_WITHIN_MS = 2 * 60_000;

export function canDiscardShortSession(session: JournalSession): boolean {
  return session.status === 'finished' && session.durationMs < DISCARD_SHORT_WITHIN_MS;
}

interface DiscardDeps {
  journal: Journal;
  /** Stops this session's uploads (a request that is out comes back first) until released: none lands after the delete. */
  holdUpload: (id: string) => Promise<() => void>;
  /** Deletes the server's copy; true when it is gone (a 404 counts: it never arrived, or is gone already). */
  deleteOnServer: (id: string) => Promise<boolean>;
}

/**
 * Gone from this browser, and from the account if it was uploaded. A guest's session never left the
 * browser, so only the journal entry goes.
 */
export async function discardSession(session: JournalSession, { journal, holdUpload, deleteOnServer }: DiscardDeps): Promise<void> {
  if (session.owner === null) return journal.deleteSession(session.id);
  const release = await holdUpload(session.id);
  let gone: boolean;
  try {
    gone = await deleteOnServer(session.id);
  } catch (error) {
    release();
    throw error;
  }
  if (!gone) {
    // Kept on the server, so kept here too: its uploads go on.
    release();
    throw new Error('the server kept the session');
  }
  // Gone from the server: held for good, so that even a browser copy that cannot be deleted is not sent again.
  await journal.deleteSession(session.id);
}
