import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { getJournal, getUploader } from '@/lib/session/journal/browser-journal';
import { discardSession } from '@/lib/session/journal/discard-session';
import type { JournalSession } from '@/lib/session/journal/journal-types';

async function deleteOnServer(id: string): Promise<boolean> {
  const response = await fetch(`/api/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
  return response.ok || response.status === 404;
}

/** A false start need not stay: discard it (asked once more), here and, if uploaded, on the account. */
export function DiscardShortSession({ session, onDiscarded, label }: { session: JournalSession; onDiscarded: () => void; label?: string }) {
  const t = useTranslations('session.outcome');
  const [step, setStep] = useState<'idle' | 'confirming' | 'discarding' | 'failed'>('idle');
  const discard = async () => {
    setStep('discarding');
    try {
      const [journal, uploader] = await Promise.all([getJournal(), getUploader()]);
      await discardSession(session, { journal, holdUpload: (id) => uploader.hold(id), deleteOnServer });
      onDiscarded();
    } catch {
      setStep('failed');
    }
  };
  if (step === 'idle') {
    return (
      <button type="button" className="button button-quiet" data-testid="discard-short" onClick={() => setStep('confirming')}>
        {label ?? t('discardShort')}
      </button>
    );
  }
  return (
    <div className="delete-confirm" role="alertdialog" aria-labelledby="discard-short-question" data-testid="discard-short-confirm">
      <p id="discard-short-question">{t('discardShortQuestion')}</p>
      {step === 'failed' ? (
        <p className="form-error" role="alert">
          {t('discardShortFailed')}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button button-danger" data-testid="confirm-discard-short" onClick={() => void discard()} disabled={step === 'discarding'} autoFocus>
          {t('discardShortYes')}
        </button>
        <button type="button" className="button" onClick={() => setStep('idle')} disabled={step === 'discarding'}>
          {t('discardShortNo')}
        </button>
      </div>
    </div>
  );
}
