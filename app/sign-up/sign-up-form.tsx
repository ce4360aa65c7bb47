'use client';
import { useTranslations } from 'next-intl';
import { useId, type FormEvent } from 'react';
import { authClient } from '@/lib/auth/client';
import { looksLikeEmail } from '@/lib/auth/credential-check';
import { minPasswordLength } from '@/lib/auth/password-rules';
import { FormError } from '../_components/form-error';
import { useAuthAttempt } from '../_components/use-auth-attempt';

export function SignUpForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const hintId = useId();
  // A new account landing on the start page is welcomed as new there, not "welcome back".
  const { busy, error, setError, attempt } = useAuthAttempt(next === '/' ? '/?welcome=new' : next);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    if (!name) {
      setError('nameRequired');
      return;
    }
    const email = String(form.get('email') ?? '').trim();
    if (!looksLikeEmail(email)) {
      setError(email === '' ? 'emailRequired' : 'invalidEmail');
      return;
    }
    // The form has noValidate so the browser's own (untranslated) bubble never replaces this message.
    if (String(form.get('password') ?? '').length < minPasswordLength) {
      setError('weakPassword');
      return;
    }
    void attempt(() =>
      authClient.signUp.email({
        name,
        email,
        password: String(form.get('password') ?? ''),
        role: form.get('role') === 'practitioner' ? 'practitioner' : 'practising',
      }),
    );
  };

  return (
    <form onSubmit={submit} className="form" noValidate>
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
          aria-invalid={error === 'weakPassword' || error === 'passwordTooLong'}
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
