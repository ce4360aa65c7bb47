import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getCurrentSession } from '@/server/auth';

export default async function HomePage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const [t, session, query] = await Promise.all([getTranslations('home'), getCurrentSession(), searchParams]);
  const isNew = query.welcome === 'new';
  return (
    <>
      <section className="hero">
        <h1>{t('heading')}</h1>
        {session ? <p data-testid="welcome">{t(isNew ? 'welcomeNew' : 'welcomeBack', { name: session.user.name })}</p> : null}
        <p className="lead">{t('intro')}</p>
        <div className="actions">
          <Link href="/breathe" className="button button-primary" data-testid="start-breathing">
            {t('start')}
          </Link>
        </div>
      </section>
      <section className="card">
        <h2>{t('stepsHeading')}</h2>
        <ol className="steps">
          <li>{t('stepRest')}</li>
          <li>{t('stepBreathe')}</li>
          <li>{t('stepRecover')}</li>
        </ol>
      </section>
      {session ? null : (
        <section className="card">
          <h2>{t('accountHeading')}</h2>
          <p>{t('accountText')}</p>
          <div className="actions">
            <Link href="/sign-up" className="button button-primary">
              {t('createAccount')}
            </Link>
            <Link href="/sign-in" className="button">
              {t('signIn')}
            </Link>
          </div>
        </section>
      )}
    </>
  );
}
