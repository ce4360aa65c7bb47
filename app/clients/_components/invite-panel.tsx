'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { CopyButton } from './copy-button';

interface Invite {
  code: string;
  url: string;
  expiresAt: string;
}

/** In groups of four, easier to read out; the invite page accepts it with or without the dashes. */
const grouped = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? code;

type State = { step: 'idle' | 'creating' | 'failed' } | { step: 'created'; invite: Invite };

/** Creates a single-use invite (POST /api/invites) and shows its code, link and end of validity. */
export function InvitePanel() {
  const t = useTranslations('practitioners.invite');
  const format = useFormatter();
  const [state, setState] = useState<State>({ step: 'idle' });

  const create = async () => {
    setState({ step: 'creating' });
    try {
      const response = await fetch('/api/invites', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      if (response.status !== 201) throw new Error(`invite: ${response.status}`);
      setState({ step: 'created', invite: (await response.json()) as Invite });
    } catch {
      setState({ step: 'failed' });
    }
  };

  return (
    <section className="card invite-panel" aria-labelledby="invite-heading" data-testid="invite-panel">
      <h2 id="invite-heading">{t('heading')}</h2>
      <p>{t('body')}</p>
      {state.step === 'created' ? (
        <div className="invite-result" data-testid="invite-result">
          <dl className="facts">
            <dt>{t('code')}</dt>
            <dd className="invite-code" data-testid="invite-code" data-code={state.invite.code}>
              {grouped(state.invite.code)}
            </dd>
            <dt>{t('link')}</dt>
            <dd>
              <a href={state.invite.url} className="invite-link" data-testid="invite-link">
                {state.invite.url}
              </a>
            </dd>
          </dl>
          <p className="hint" data-testid="invite-expires">
            {t('expires', { date: format.dateTime(new Date(state.invite.expiresAt), { dateStyle: 'long', timeStyle: 'short' }) })}
          </p>
          <CopyButton text={state.invite.url} label={t('copy')} copiedLabel={t('copied')} failedLabel={t('copyFailed')} testId="copy-invite" />
        </div>
      ) : null}
      {state.step === 'failed' ? (
        <p className="form-error" role="alert">
          {t('failed')}
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className={state.step === 'created' ? 'button' : 'button button-primary'}
          onClick={() => void create()}
          disabled={state.step === 'creating'}
          data-testid="create-invite"
        >
          {state.step === 'creating' ? t('creating') : state.step === 'created' ? t('another') : t('create')}
        </button>
      </div>
    </section>
  );
}
