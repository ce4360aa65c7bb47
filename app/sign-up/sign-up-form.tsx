'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { authClient } from '@/lib/auth/client';
import { authErrorKey, type AuthErrorKey } from '@/lib/auth/error-key';
import { minPasswordLength } from '@/lib/auth/password-rules';
import { FormError } from '../_components/form-error';

export function SignUpForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AuthErrorKey | 'nameRequired' | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    if (!name) {
      setError('nameRequired');
      return;
    }
    setBusy(true);
    setError(null);
    const { error: failure } = await authClient.signUp.email({
      name,
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
      role: form.get('role') === 'practitioner' ? 'practitioner' : 'practising',
    });
    if (failure) {
      setError(authErrorKey(failure));
      setBusy(false);
      return;
    }
    router.replace(next);
    router.refresh();
  };

  return (
    <form onSubmit={submit} className="form">
      <label>
        {t('name')}
        <input name="name" autoComplete="name" required maxLength={100} />
      </label>
      <label>
        {t('email')}
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        {t('password')}
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={minPasswordLength}
          aria-describedby={hintId}
        />
        <span id={hintId} className="hint">
          {t('passwordHint', { min: minPasswordLength })}
        </span>
      </label>
      <fieldset className="choice-group">
        <legend>{t('roleLegend')}</legend>
        <label className="choice">
          <input type="radio" name="role" value="practising" defaultChecked />
          <span>
            <strong>{t('rolePractising')}</strong>
            <span className="hint">{t('rolePractisingHint')}</span>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name="role" value="practitioner" />
          <span>
            <strong>{t('rolePractitioner')}</strong>
            <span className="hint">{t('rolePractitionerHint')}</span>
          </span>
        </label>
      </fieldset>
      <FormError errorKey={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('signUpBusy') : t('signUpSubmit')}
      </button>
    </form>
  );
}
