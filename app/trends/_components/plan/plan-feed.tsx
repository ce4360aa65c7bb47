'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition } from 'react';

type FeedState = 'idle' | 'copied' | 'copyFailed' | 'off' | 'error';

/**
 * The plan's calendar feed: switched on (or renewed) it shows its address once, with a copy button; only a
 * hash is kept, so a later visit can renew the address but not show the old one again.
 */
export function PlanFeed({ enabled, reminderMin }: { enabled: boolean; reminderMin: number }) {
  const t = useTranslations('plan.feed');
  const id = useId();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [url, setUrl] = useState<string | null>(null);
  const [state, setState] = useState<FeedState>('idle');

  const makeAddress = () =>
    startTransition(async () => {
      setState('idle');
      try {
        const response = await fetch('/api/plan/feed', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        if (response.status !== 201) throw new Error(String(response.status));
        const { feed } = (await response.json()) as { feed: { url: string } };
        setUrl(feed.url);
        router.refresh();
      } catch {
        setState('error');
      }
    });

  const switchOff = () =>
    startTransition(async () => {
      try {
        const response = await fetch('/api/plan/feed', { method: 'DELETE' });
        if (response.status !== 204) throw new Error(String(response.status));
        setUrl(null);
        setState('off');
        router.refresh();
      } catch {
        setState('error');
      }
    });

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      input.current?.select();
      setState('copyFailed');
    }
  };

  const failed = state === 'error' || state === 'copyFailed';
  return (
    <div className="plan-feed" data-testid="plan-feed" data-enabled={enabled}>
      <h3 id={`${id}-heading`}>{t('heading')}</h3>
      <p className="hint">{t('intro', { reminder: reminderMin })}</p>
      {url ? (
        <>
          <label htmlFor={`${id}-url`}>{t('address')}</label>
          <div className="plan-feed-row">
            <input id={`${id}-url`} ref={input} type="text" readOnly value={url} onFocus={(e) => e.target.select()} data-testid="plan-feed-url" />
            <button type="button" className="button" onClick={copy} data-testid="plan-feed-copy">
              {t('copy')}
            </button>
          </div>
          <p className="hint">{t('howTo')}</p>
        </>
      ) : enabled ? (
        <p>{t('active')}</p>
      ) : null}
      <div className="actions">
        {enabled ? (
          <>
            <button type="button" className="button" disabled={pending} onClick={makeAddress} data-testid="plan-feed-renew">
              {t('renew')}
            </button>
            <button type="button" className="button button-quiet" disabled={pending} onClick={switchOff} data-testid="plan-feed-off">
              {t('switchOff')}
            </button>
          </>
        ) : (
          <button type="button" className="button" disabled={pending} onClick={makeAddress} data-testid="plan-feed-on">
            {t('switchOn')}
          </button>
        )}
      </div>
      <p role={failed ? 'alert' : 'status'} className={failed ? 'form-error' : 'hint'} data-testid="plan-feed-status" data-state={state} hidden={state === 'idle'}>
        {state === 'idle' ? null : t(state)}
      </p>
    </div>
  );
}
