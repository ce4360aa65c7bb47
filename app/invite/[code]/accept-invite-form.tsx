'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

/** The client's choice of what to share, then POST /api/invites/:code/accept; Settings shows the link after. */
export function AcceptInviteForm({ code, practitionerName }: { code: string; practitionerName: string }) {
  const t = useTranslations('practitioners.acceptInvite');
  const router = useRouter();
  const [state, setState] = useState<'idle' | 'accepting' | 'failed'>('idle');
  // Minutes to wait when the address tried too many unknown codes meanwhile (a 429 with Retry-After).
  const [waitMin, setWaitMin] = useState<number | null>(null);

  const accept = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const share = new FormData(event.currentTarget).get('share') === 'all' ? 'all' : 'from-now';
    setState('accepting');
    setWaitMin(null);
    try {
      const response = await fetch(`/api/invites/${encodeURIComponent(code)}/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ share }),
      });
      if (response.status === 429) setWaitMin(Math.max(1, Math.ceil((Number(response.headers.get('Retry-After')) || 60) / 60)));
      if (response.status !== 201) throw new Error(`accept: ${response.status}`);
      const { link } = (await response.json()) as { link: { id: string } };
      router.push(`/settings?linked=${encodeURIComponent(link.id)}#practitioners`);
      router.refresh();
    } catch {
      setState('failed');
    }
  };

  return (
    <form onSubmit={accept} className="form" aria-busy={state === 'accepting'} data-testid="accept-invite-form">
      <fieldset className="choice-group">
        <legend>{t('shareLegend', { name: practitionerName })}</legend>
        <label className="choice">
          <input type="radio" name="share" value="from-now" defaultChecked data-testid="share-from-now" />
          <span>
            <strong>{t('shareFromNow')}</strong>
            <span className="hint">{t('shareFromNowHint')}</span>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name="share" value="all" data-testid="share-all" />
          <span>
            <strong>{t('shareAll')}</strong>
            <span className="hint">{t('shareAllHint')}</span>
          </span>
        </label>
      </fieldset>
      <p className="hint">{t('hideHint')}</p>
      {state === 'failed' ? (
        <p className="form-error" role="alert">
          {waitMin !== null ? t('tooManyBody', { minutes: waitMin }) : t('failed')}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={state === 'accepting'} data-testid="accept-invite">
        {state === 'accepting' ? t('accepting') : t('accept')}
      </button>
    </form>
  );
}
