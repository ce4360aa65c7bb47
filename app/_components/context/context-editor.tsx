'use client';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { useEditCount } from '../use-edit-count';
import { addTag, maxNoteLength, maxTagLength, maxTags, presetTags, toggleTag } from './context-tags';
import { TagLabel } from './tag-label';
import './context.css';

interface Props {
  sessionId: string;
  initialTags?: readonly string[];
  initialNote?: string | null;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** Tags (six presets and own ones) and a short private note for one stored session, saved to the server. */
export function ContextEditor({ sessionId, initialTags = [], initialNote = null }: Props) {
  const t = useTranslations('context');
  const id = useId();
  const [tags, setTags] = useState<string[]>([...initialTags]);
  const [note, setNote] = useState(initialNote ?? '');
  const [own, setOwn] = useState('');
  const [state, setState] = useState<SaveState>('idle');
  // Apart from the state: an edit while the save is out makes the state idle, but Save stays off until it is back.
  const [saving, setSaving] = useState(false);
  const edits = useEditCount();
  const ownTags = tags.filter((tag) => !(presetTags as readonly string[]).includes(tag));
  const change = (next: string[]) => {
    setTags(next);
    edits.edited();
    setState('idle');
  };

  const addOwn = () => {
    change(addTag(tags, own));
    setOwn('');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setState('saving');
    const unchanged = edits.since();
    try {
      const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/context`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tags, note: note.trim() === '' ? null : note }),
      });
      if (!response.ok) throw new Error(`context answered ${response.status}`);
      const saved = (await response.json()) as { tags: string[]; note: string | null };
      // Changed while the save was out: what is on screen now is not what was stored, and stays.
      if (!unchanged()) return setState('idle');
      setTags(saved.tags);
      setNote(saved.note ?? '');
      setState('saved');
    } catch {
      setState('error');
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card context-editor" aria-labelledby={`${id}-heading`} data-testid="context-editor">
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="hint">{t('private')}</p>
      <form onSubmit={(e) => void save(e)}>
        <fieldset className="context-tags">
          <legend>{t('tagsLegend')}</legend>
          <div className="chips">
            {presetTags.map((tag) => (
              <button key={tag} type="button" className="chip" aria-pressed={tags.includes(tag)} data-testid={`context-tag-${tag}`} onClick={() => change(toggleTag(tags, tag))}>
                <TagLabel tag={tag} />
              </button>
            ))}
            {ownTags.map((tag) => (
              <button key={tag} type="button" className="chip" aria-pressed="true" aria-label={t('removeTag', { tag })} data-testid="context-own-tag" onClick={() => change(toggleTag(tags, tag))}>
                {tag} <span aria-hidden="true">×</span>
              </button>
            ))}
          </div>
          <div className="context-own">
            <label htmlFor={`${id}-own`}>{t('ownTag')}</label>
            <input
              id={`${id}-own`}
              value={own}
              maxLength={maxTagLength}
              data-testid="context-own-input"
              aria-describedby={`${id}-limit`}
              onChange={(e) => setOwn(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addOwn();
                }
              }}
            />
            <button type="button" className="button" onClick={addOwn} disabled={own.trim() === '' || tags.length >= maxTags}>
              {t('addTag')}
            </button>
          </div>
          <p className="hint" id={`${id}-limit`}>
            {t('tagLimit', { max: maxTags, length: maxTagLength })}
          </p>
        </fieldset>
        <label htmlFor={`${id}-note`}>{t('note')}</label>
        <p className="hint" id={`${id}-note-hint`}>
          {t('noteHint')}
        </p>
        <textarea
          id={`${id}-note`}
          rows={3}
          maxLength={maxNoteLength}
          value={note}
          aria-describedby={`${id}-note-hint ${id}-note-count`}
          data-testid="context-note"
          onChange={(e) => {
            setNote(e.target.value);
            edits.edited();
            setState('idle');
          }}
        />
        <p className="hint" id={`${id}-note-count`}>
          {t('noteCount', { count: note.length, max: maxNoteLength })}
        </p>
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={saving} data-testid="context-save">
            {saving ? t('saving') : t('save')}
          </button>
          <p role="status" className="context-status" data-testid="context-status" data-state={state}>
            {state === 'saved' ? t('saved') : null}
          </p>
        </div>
        {state === 'error' ? (
          <p className="form-error" role="alert">
            {t('error')}
          </p>
        ) : null}
      </form>
    </section>
  );
}
