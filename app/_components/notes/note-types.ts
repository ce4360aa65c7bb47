/** A practitioner's note on a session as the pages hand it to the browser (ISO dates). */
export interface NoteData {
  id: string;
  text: string;
  createdAt: string;
  updatedAt: string;
  author: { id: string; name: string };
}
