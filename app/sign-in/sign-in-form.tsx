'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { authClient } from '@/lib/auth/client';
import { authErrorKey, type AuthErrorKey } from '@/lib/auth/error-key';
import { FormError } from '../_components/form-error';

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AuthErrorKey | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const { error: failure } = await authClient.signIn.email({
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
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
    <form onSubmit={submit} className="form" noValidate={false}>
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
