'use client';
import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { authClient } from '@/lib/auth/client';
import { checkCredentials } from '@/lib/auth/credential-check';
import { FormError } from '../_components/form-error';
import { useAuthAttempt } from '../_components/use-auth-attempt';

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const { busy, error, setError, attempt } = useAuthAttempt(next);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const problem = checkCredentials(email, password);
    if (problem) {
      setError(problem);
      return;
    }
    void attempt(() => authClient.signIn.email({ email, password }));
  };

  return (
    // noValidate: the app's own messages, in the person's language, instead of the browser's bubbles.
    <form onSubmit={submit} className="form" noValidate>
      <label>
        {t('email')}
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <FormError errorKey={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('signInBusy') : t('signInSubmit')}
      </button>
    </form>
  );
}
