import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getCurrentSession } from '@/server/auth';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { SignUpForm } from './sign-up-form';

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentSession()) redirect(next);
  const t = await getTranslations('auth');
  return (
    <section className="auth-card">
      <h1>{t('signUpHeading')}</h1>
      <SignUpForm next={next} />
      <p className="auth-switch">
        {t('haveAccount')} <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>{t('signInSubmit')}</Link>
      </p>
    </section>
  );
}
