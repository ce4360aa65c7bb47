import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { peekCurrentSession } from '@/server/auth';
import { getTheme } from '@/server/preferences';
import { getNavItems } from '@/lib/navigation';
import { NavLinks } from './nav-links';
import { PreferenceControls } from './preference-controls';
import { SignOutButton } from './sign-out-button';

export async function SiteHeader() {
  const [session, theme, t] = await Promise.all([peekCurrentSession(), getTheme(), getTranslations('shell')]);
  const items = getNavItems(session?.user.role ?? null).map((item) => ({ href: item.href, label: t(`nav.${item.key}`) }));
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {t('brand')}
      </Link>
      <nav aria-label={t('mainNavigation')} className="main-nav">
        <NavLinks items={items} />
      </nav>
      <div className="header-tools">
        <PreferenceControls theme={theme} compact />
        {session ? (
          <SignOutButton label={t('signOut')} title={t('signedInAs', { name: session.user.name })} />
        ) : (
          <>
            <Link href="/sign-in" className="button button-quiet">
              {t('signIn')}
            </Link>
            <Link href="/sign-up" className="button">
              {t('signUp')}
            </Link>
          </>
        )}
      </div>
    </header>
  );
}
