import { useTranslations } from 'next-intl';
import { NoteComposer } from './note-composer';
import { NoteItem } from './note-item';
import type { NoteData } from './note-types';
import './notes.css';

/**
 * A session's practitioner notes. The client reads them under their session; a practitioner reviewing it
 * writes new ones and edits or deletes their own.
 */
export function SessionNotes({ ownerId, sessionId, notes, viewerId, canWrite }: { ownerId: string; sessionId: string; notes: NoteData[]; viewerId: string; canWrite: boolean }) {
  const t = useTranslations('practitioners.notes');
  return (
    <section className="card session-notes" aria-labelledby="session-notes-heading" data-testid="session-notes">
      <h2 id="session-notes-heading">{canWrite ? t('headingPractitioner') : t('heading')}</h2>
      {notes.length === 0 ? (
        <p className="hint" data-testid="notes-empty">
          {canWrite ? t('empty') : t('emptyClient')}
        </p>
      ) : (
        <ul className="note-list">
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} editable={canWrite && note.author.id === viewerId} />
          ))}
        </ul>
      )}
      {canWrite ? <NoteComposer ownerId={ownerId} sessionId={sessionId} /> : null}
    </section>
  );
}
