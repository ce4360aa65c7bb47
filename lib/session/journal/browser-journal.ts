// The page's one journal and one uploader, shared by /breathe and the sync component in the layout, so
// an upload is never in flight twice from the same tab. Browser only: call from effects and handlers.
import { openJournal, type Journal } from './journal';
import { createUploader, type Uploader } from '@/lib/session/upload/uploader';

let journal: Promise<Journal> | null = null;
let uploader: Promise<Uploader> | null = null;
/** Who the uploader works for: null until the layout says who is signed in (a guest's uploader sends nothing). */
let signedInUser: string | null = null;

export function getJournal(): Promise<Journal> {
  journal ??= openJournal().catch((error: unknown) => {
    journal = null;
    throw error;
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
