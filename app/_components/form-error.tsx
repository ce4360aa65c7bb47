import { useTranslations } from 'next-intl';
import { maxPasswordLength, minPasswordLength } from '@/lib/auth/password-rules';
import type { AuthErrorKey } from '@/lib/auth/error-key';

export function FormError({ errorKey }: { errorKey: AuthErrorKey | 'nameRequired' | null }) {
  const t = useTranslations('auth.errors');
  if (!errorKey) return null;
  return (
    <p className="form-error" role="alert" data-testid="form-error">
      {t(errorKey, { min: minPasswordLength, max: maxPasswordLength })}
    </p>
  );
}
