import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getTheme } from '@/server/preferences';
import { SessionSync } from './_components/session-sync';
import { SiteHeader } from './_components/site-header';
import { TimeZoneSync } from './_components/time-zone-sync';
import './styles/theme.css';
import './styles/shell.css';
import './styles/controls.css';
import './styles/forms.css';
import './styles/live.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: t('title'), description: t('description') };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f4f6f3' },
    { media: '(prefers-color-scheme: dark)', color: '#141a1f' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, theme, t] = await Promise.all([getLocale(), getTheme(), getTranslations('shell')]);
  return (
    <html lang={locale} data-theme={theme}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          <SiteHeader />
          <main id="main" className="page" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer">{t('footer')}</footer>
          <SessionSync />
          <TimeZoneSync />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
