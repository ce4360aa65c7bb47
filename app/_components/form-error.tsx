import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { maxPasswordLength, minPasswordLength } from '@/lib/auth/password-rules';
import type { AuthErrorKey } from '@/lib/auth/error-key';

export type FormErrorKey = AuthErrorKey | 'nameRequired' | 'emailRequired' | 'passwordRequired';

/** The form's one error, focused when it appears so that keyboard and screen-reader users land on it. */
export function FormError({ errorKey }: { errorKey: FormErrorKey | null }) {
  const t = useTranslations('auth.errors');
  const ref = useRef<HTMLParagraphElement>(null);
  // Each attempt clears the error first, so a repeated failure mounts it again and focuses it again.
  useEffect(() => {
    if (errorKey) ref.current?.focus();
  }, [errorKey]);
  if (!errorKey) return null;
  return (
    <p className="form-error" role="alert" data-testid="form-error" tabIndex={-1} ref={ref}>
      {t(errorKey, { min: minPasswordLength, max: maxPasswordLength })}
    </p>
  );
}
