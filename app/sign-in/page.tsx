import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getCurrentSession } from '@/server/auth';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { SignInForm } from './sign-in-form';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentSession()) redirect(next);
  const t = await getTranslations('auth');
  const askedFor = (await searchParams).next !== undefined;
  return (
    <section className="auth-card">
      <h1>{t('signInHeading')}</h1>
      {askedFor ? (
        <p className="notice" role="status">
          {t('needAccount')}
        </p>
      ) : null}
      <SignInForm next={next} />
      <p className="auth-switch">
        {t('noAccount')} <Link href={`/sign-up?next=${encodeURIComponent(next)}`}>{t('signUpSubmit')}</Link>
      </p>
    </section>
  );
}
