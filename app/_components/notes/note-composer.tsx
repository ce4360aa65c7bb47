'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';

/**
 * A new note on a client's session (POST /api/sessions/:id/notes, naming the client: ids are unique per
 * person); the list shows it after a refresh.
 */
export function NoteComposer({ ownerId, sessionId }: { ownerId: string; sessionId: string }) {
  const t = useTranslations('practitioners.notes');
  const id = useId();
  const router = useRouter();
  const [text, setText] = useState('');
  const [state, setState] = useState<'idle' | 'adding' | 'failed'>('idle');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setState('adding');
    try {
      const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/notes?clientId=${encodeURIComponent(ownerId)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: text.trim() }),
      });
      if (response.status !== 201) throw new Error(`note: ${response.status}`);
      setText('');
      setState('idle');
      router.refresh();
    } catch {
      setState('failed');
    }
  };

  return (
    <form onSubmit={add} className="note-form no-print" aria-busy={state === 'adding'}>
      <label htmlFor={`${id}-text`}>{t('label')}</label>
      <span className="hint" id={`${id}-hint`}>
        {t('hint')}
      </span>
      <textarea id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={4000} aria-describedby={`${id}-hint`} data-testid="note-text-input" />
      {state === 'failed' ? (
        <p className="form-error" role="alert">
          {t('failed')}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={state === 'adding' || !text.trim()} data-testid="note-add">
          {state === 'adding' ? t('adding') : t('add')}
        </button>
      </div>
    </form>
  );
}
