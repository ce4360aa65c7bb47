'use client';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';

interface Labels {
  button: string;
  question: string;
  confirm: string;
  cancel: string;
  busy: string;
  failed: string;
}

type Step = 'idle' | 'confirming' | 'deleting' | 'failed';

/**
 * A DELETE behind a second, explicit confirmation (deleting a session, ending a link, revoking access); afterwards the page
 * goes to `then` or shows the server's new state. A 404 means it is already gone: the same outcome.
 */
export function ConfirmDeleteButton({
  url,
  labels,
  then,
  testId,
  confirmTestId = `${testId}-confirm`,
}: {
  url: string;
  labels: Labels;
  then?: string;
  testId: string;
  confirmTestId?: string;
}) {
  const router = useRouter();
  const questionId = useId();
  const [step, setStep] = useState<Step>('idle');

  async function confirm() {
    setStep('deleting');
    try {
      const response = await fetch(url, { method: 'DELETE' });
      if (!response.ok && response.status !== 404) throw new Error(`delete: ${response.status}`);
      if (then) router.push(then);
      router.refresh();
      setStep('idle');
    } catch {
      setStep('failed');
    }
  }

  if (step === 'idle') {
    return (
      <button type="button" className="button button-danger" data-testid={testId} onClick={() => setStep('confirming')}>
        {labels.button}
      </button>
    );
  }
  return (
    <div className="delete-confirm" role="alertdialog" aria-labelledby={questionId}>
      <p id={questionId}>{labels.question}</p>
      {step === 'failed' ? (
        <p className="form-error" role="alert">
          {labels.failed}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button button-danger" data-testid={confirmTestId} disabled={step === 'deleting'} onClick={() => void confirm()} autoFocus>
          {step === 'deleting' ? labels.busy : labels.confirm}
        </button>
        <button type="button" className="button" disabled={step === 'deleting'} onClick={() => setStep('idle')}>
          {labels.cancel}
        </button>
      </div>
    </div>
  );
}
