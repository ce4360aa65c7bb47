// The page's one journal and one uploader, shared by /breathe and the sync component in the layout, so
// an upload is never in flight twice from the same tab. Browser only: call from effects and handlers.
import { openJournal, type Journal } from './journal';
import { createUploader, type Uploader } from './uploader';

let journal: Promise<Journal> | null = null;
let uploader: Promise<Uploader> | null = null;

export function getJournal(): Promise<Journal> {
  journal ??= openJournal().catch((error: unknown) => {
    journal = null;
    throw error;
  });
  return journal;
}

export function getUploader(): Promise<Uploader> {
  uploader ??= getJournal().then((j) => createUploader({ journal: j }));
  return uploader;
}
