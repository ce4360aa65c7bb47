import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { expectedUserHeader } from '@/lib/session/protocol/record';

/** Makes the assessment's rate the person's rhythm. The server reads the rate from the stored assessment. */
export function UseAsRhythm({ sessionId, owner, rateBpm }: { sessionId: string; owner: string; rateBpm: number }) {
  const t = useTranslations('resonance.result');
  const format = useFormatter();
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const save = async () => {
    setState('saving');
    try {
      const response = await fetch('/api/resonance-rate', {
        method: 'PUT',
        headers: { 'content-type': 'application/json', [expectedUserHeader]: owner },
        body: JSON.stringify({ sessionId }),
      });
      setState(response.ok ? 'saved' : 'failed');
    } catch {
      setState('failed');
    }
  };
  if (state === 'saved') {
    return (
      <div className="actions" data-testid="rhythm-saved">
        <p role="status">{t('used', { rate: format.number(rateBpm, { maximumFractionDigits: 1 }) })}</p>
        <Link href="/breathe" className="button button-primary" data-testid="to-breathe">
          {t('toBreathe')}
        </Link>
      </div>
    );
  }
  return (
    <div className="actions">
      <button type="button" className="button button-primary" data-testid="use-as-rhythm" disabled={state === 'saving'} onClick={() => void save()}>
        {state === 'saving' ? t('using') : t('use')}
      </button>
      {state === 'failed' ? (
        <p className="form-error" role="alert">
          {t('useFailed')}
        </p>
      ) : null}
    </div>
  );
}
