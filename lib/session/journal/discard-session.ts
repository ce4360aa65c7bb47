import type { Journal } from './journal';
import type { JournalSession } from './journal-types';

/** A session this short (a false start, a test) may be thrown away from its summary. */
export const DISCARD_SHORT_WITHIN_MS = 2 * 60_000;

export function canDiscardShortSession(session: JournalSession): boolean {
  return session.status === 'finished' && session.durationMs < DISCARD_SHORT_WITHIN_MS;
}

interface DiscardDeps {
  journal: Journal;
  /** Finishes (or runs) this session's upload, so that no upload in flight lands after the delete. */
  settleUpload: (id: string) => Promise<unknown>;
  /** Deletes the server's copy; true when it is gone (a 404 counts: it never arrived, or is gone already). */
  deleteOnServer: (id: string) => Promise<boolean>;
}

/**
 * Gone from this browser, and from the account if it was uploaded. A guest's session never left the
 * browser, so only the journal entry goes.
 */
export async function discardSession(session: JournalSession, { journal, settleUpload, deleteOnServer }: DiscardDeps): Promise<void> {
  if (session.owner !== null) await settleUpload(session.id).catch(() => undefined);
  if (session.owner !== null && !(await deleteOnServer(session.id))) throw new Error('the server kept the session');
  await journal.deleteSession(session.id);
}
