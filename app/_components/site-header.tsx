import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { peekCurrentSession } from '@/server/auth';
import { getTheme } from '@/server/preferences';
import { getNavItems } from '@/lib/navigation';
import { AuthLinks } from './auth-links';
import { NavLinks } from './nav-links';
import { PreferencesMenu } from './preferences-menu';
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
        <PreferencesMenu theme={theme} />
        {session ? (
          <SignOutButton label={t('signOut')} title={t('signedInAs', { name: session.user.name })} />
        ) : (
          <AuthLinks signIn={t('signIn')} signUp={t('signUp')} />
        )}
      </div>
    </header>
  );
}
