import type { Journal } from './journal';

/**
 * After an account is deleted, the sessions this browser journaled for it go too: they would otherwise
 * wait to be uploaded to an account that no longer exists. A guest's sessions and other accounts' stay.
 */
export async function forgetAccountSessions(journal: Pick<Journal, 'listSessions' | 'deleteSession'>, userId: string): Promise<number> {
  const own = (await journal.listSessions()).filter((s) => s.owner === userId);
  for (const session of own) await journal.deleteSession(session.id);
  return own.length;
}
