'use client';
import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { authClient } from '@/lib/auth/client';
import { FormError } from '../_components/form-error';
import { useAuthAttempt } from '../_components/use-auth-attempt';

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const { busy, error, attempt } = useAuthAttempt(next);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void attempt(() =>
      authClient.signIn.email({
        email: String(form.get('email') ?? '').trim(),
        password: String(form.get('password') ?? ''),
      }),
    );
  };

  return (
    <form onSubmit={submit} className="form">
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
