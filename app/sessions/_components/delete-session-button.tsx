'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

type Step = 'idle' | 'confirming' | 'deleting' | 'failed';

/** Delete with a second, explicit confirmation; afterwards back to the list. */
export function DeleteSessionButton({ sessionId }: { sessionId: string }) {
  const t = useTranslations('sessions.delete');
  const router = useRouter();
  const [step, setStep] = useState<Step>('idle');

  async function confirmDelete() {
    setStep('deleting');
    try {
      const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' });
      // 404: already gone (another tab deleted it); the list is the right place either way.
      if (response.ok || response.status === 404) {
        router.push('/sessions');
        router.refresh();
        return;
      }
      setStep('failed');
    } catch {
      setStep('failed');
    }
  }

  if (step === 'idle') {
    return (
      <button type="button" className="button button-danger" data-testid="delete-session" onClick={() => setStep('confirming')}>
        {t('button')}
      </button>
    );
  }
  return (
    <div className="delete-confirm" role="alertdialog" aria-labelledby="delete-question">
      <p id="delete-question">{t('question')}</p>
      {step === 'failed' ? (
        <p className="form-error" role="alert">
          {t('failed')}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button button-danger" data-testid="confirm-delete" disabled={step === 'deleting'} onClick={confirmDelete} autoFocus>
          {step === 'deleting' ? t('deleting') : t('confirm')}
        </button>
        <button type="button" className="button" disabled={step === 'deleting'} onClick={() => setStep('idle')}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
