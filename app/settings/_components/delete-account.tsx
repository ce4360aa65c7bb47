'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { getJournal, setSignedInUser } from '@/lib/session/journal/browser-journal';
import { forgetAccountSessions } from '@/lib/session/journal/forget-account';

type Step = 'idle' | 'confirming' | 'deleting' | 'mismatch' | 'failed';

/** Deletes the account after the person typed their email; then forgets its journaled sessions and goes home signed out. */
export function DeleteAccount({ email, userId }: { email: string; userId: string }) {
  const t = useTranslations('data.deleteAccount');
  const router = useRouter();
  const [step, setStep] = useState<Step>('idle');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (step === 'confirming') input.current?.focus();
  }, [step]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const confirm = String(new FormData(event.currentTarget).get('confirm') ?? '');
    if (confirm.trim().toLowerCase() !== email.toLowerCase()) return setStep('mismatch');
    setStep('deleting');
    try {
      const response = await fetch('/api/account', { method: 'DELETE', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ confirm }) });
      if (response.status === 400) return setStep('mismatch');
      if (!response.ok) return setStep('failed');
    } catch {
      return setStep('failed');
    }
    setSignedInUser(null);
    // The account is gone either way; a journal that cannot be read has nothing left to clear.
    await getJournal()
      .then((journal) => forgetAccountSessions(journal, userId))
      .catch(() => undefined);
    router.push('/');
    router.refresh();
  }

  if (step === 'idle') {
    return (
      <button type="button" className="button button-danger" data-testid="delete-account" onClick={() => setStep('confirming')}>
        {t('button')}
      </button>
    );
  }
  return (
    <form className="delete-account-confirm" role="alertdialog" aria-labelledby="delete-account-question" onSubmit={submit}>
      <p id="delete-account-question">{t('question', { email })}</p>
      <label className="form">
        {t('emailLabel')}
        <input ref={input} name="confirm" type="email" autoComplete="off" required data-testid="delete-account-email" aria-invalid={step === 'mismatch'} />
      </label>
      {step === 'mismatch' || step === 'failed' ? (
        <p className="form-error" role="alert">
          {t(step)}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button-danger" data-testid="confirm-delete-account" disabled={step === 'deleting'}>
          {step === 'deleting' ? t('deleting') : t('confirm')}
        </button>
        <button type="button" className="button" disabled={step === 'deleting'} onClick={() => setStep('idle')}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
