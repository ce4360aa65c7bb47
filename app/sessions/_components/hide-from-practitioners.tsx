'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

/** The owner's switch: a hidden session is shown to no linked practitioner (PUT /api/sessions/:id/sharing). */
export function HideFromPractitioners({ sessionId, initialHidden }: { sessionId: string; initialHidden: boolean }) {
  const t = useTranslations('practitioners.sharing');
  const id = useId();
  const [hidden, setHidden] = useState(initialHidden);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');

  const change = async (next: boolean) => {
    setHidden(next);
    setState('saving');
    try {
      const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/sharing`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ hidden: next }),
      });
      if (!response.ok) throw new Error(`sharing: ${response.status}`);
      setHidden(((await response.json()) as { hidden: boolean }).hidden);
      setState('saved');
    } catch {
      setHidden(!next);
      setState('failed');
    }
  };

  return (
    <div className="hide-switch">
      <label className="choice">
        <input
          type="checkbox"
          role="switch"
          checked={hidden}
          disabled={state === 'saving'}
          onChange={(e) => void change(e.target.checked)}
          aria-describedby={`${id}-hint ${id}-status`}
          data-testid="hide-from-practitioners"
        />
        <span>
          <strong>{t('label')}</strong>
          <span className="hint" id={`${id}-hint`}>
            {t('hint')}
          </span>
        </span>
      </label>
      <p id={`${id}-status`} role={state === 'failed' ? 'alert' : 'status'} className={state === 'failed' ? 'form-error' : 'hint'} data-state={state} data-testid="hide-status">
        {state === 'saved' ? t('saved') : state === 'failed' ? t('failed') : null}
      </p>
    </div>
  );
}
