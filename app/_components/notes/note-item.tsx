'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { NoteData } from './note-types';

type Mode = 'view' | 'editing' | 'confirm-delete';

/** One note; its author may edit (PUT /api/notes/:id) or delete it (DELETE), everyone else reads it. */
export function NoteItem({ note, editable }: { note: NoteData; editable: boolean }) {
  const t = useTranslations('practitioners.notes');
  const format = useFormatter();
  const router = useRouter();
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState(note.text);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });

  const send = async (method: 'PUT' | 'DELETE') => {
    if (method === 'PUT' && !draft.trim()) return;
    setBusy(true);
    setFailed(false);
    try {
      const response = await fetch(`/api/notes/${encodeURIComponent(note.id)}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'PUT' ? JSON.stringify({ text: draft.trim() }) : undefined,
      });
      if (!response.ok && !(method === 'DELETE' && response.status === 404)) throw new Error(`note: ${response.status}`);
      setMode('view');
      router.refresh();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="note" data-testid="practitioner-note" data-note-id={note.id}>
      <p className="note-meta">
        {t('by', { name: note.author.name, date: when(note.createdAt) })}
        {note.updatedAt !== note.createdAt ? <span className="hint"> · {t('edited', { date: when(note.updatedAt) })}</span> : null}
      </p>
      {mode === 'editing' ? (
        <form
          className="note-form"
          onSubmit={(e) => {
            e.preventDefault();
            void send('PUT');
          }}
        >
          <label className="visually-hidden" htmlFor={`note-edit-${note.id}`}>
            {t('editLabel')}
          </label>
          <textarea id={`note-edit-${note.id}`} value={draft} onChange={(e) => setDraft(e.target.value)} rows={3} maxLength={4000} data-testid="note-edit-text" autoFocus />
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={busy || !draft.trim()} data-testid="note-save">
              {t('save')}
            </button>
            <button type="button" className="button" onClick={() => (setDraft(note.text), setMode('view'))} disabled={busy}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p className="note-text" data-testid="note-text">
          {note.text}
        </p>
      )}
      {failed ? (
        <p className="form-error" role="alert">
          {t('failed')}
        </p>
      ) : null}
      {editable && mode === 'view' ? (
        <div className="note-actions no-print">
          <button type="button" className="button button-quiet" onClick={() => setMode('editing')} data-testid="note-edit">
            {t('edit')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setMode('confirm-delete')} data-testid="note-delete">
            {t('delete')}
          </button>
        </div>
      ) : null}
      {editable && mode === 'confirm-delete' ? (
        <div className="delete-confirm no-print" role="alertdialog" aria-label={t('deleteQuestion')}>
          <p>{t('deleteQuestion')}</p>
          <div className="actions">
            <button type="button" className="button button-danger" onClick={() => void send('DELETE')} disabled={busy} data-testid="note-delete-confirm" autoFocus>
              {t('deleteConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
