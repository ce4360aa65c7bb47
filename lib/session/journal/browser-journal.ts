// The page's one journal and one uploader, shared by /breathe and the sync component in the layout, so
// an upload is never in flight twice from the same tab. Browser only: call from effects and handlers.
import { createFallbackJournal, type BrowserJournal } from './fallback-journal';
import { openJournal } from './journal';
import { toJournalError, type JournalError } from './journal-error';
import { createUploader, type Uploader } from '@/lib/session/upload/uploader';

let journal: Promise<BrowserJournal> | null = null;
let uploader: Promise<Uploader> | null = null;
/** Who the uploader works for: null until the layout says who is signed in (a guest's uploader sends nothing). */
let signedInUser: string | null = null;

/** The browser's own words stay here, for whoever debugs it; the page shows the translated code. */
function logProblem(what: string, error: JournalError) {
  console.warn(`Herstel: ${what} (${error.code})`, error.cause ?? error);
}

/**
 * Never rejects: when IndexedDB cannot be opened (missing, private mode, blocked by another tab) the
 * page keeps its sessions in memory for as long as it lives, and `openProblem` says why.
 */
export function getJournal(): Promise<BrowserJournal> {
  journal ??= openJournal().then(
    (stored) => createFallbackJournal(stored),
    (error: unknown) => {
      const problem = toJournalError(error, 'open');
      logProblem('the browser storage did not open; sessions are kept in this tab only', problem);
      return createFallbackJournal(null, problem);
    },
  ).then((opened) => {
    opened.onProblem((id, error) => logProblem(`session ${id} is kept in this tab only`, error));
    return opened;
  });
  return journal;
}

export function getUploader(): Promise<Uploader> {
  const userId = signedInUser;
  uploader ??= getJournal().then((j) => createUploader({ journal: j, userId }));
  return uploader;
}

/**
 * Another person (or nobody) is signed in now: the old uploader stops, its retry timers with it, so
 * nothing of theirs goes out with the new login. In-app navigations keep this module alive across it.
 */
export function setSignedInUser(userId: string | null): void {
  if (userId === signedInUser) return;
  signedInUser = userId;
  const previous = uploader;
  uploader = null;
  void previous?.then((u) => u.dispose()).catch(() => undefined);
}
