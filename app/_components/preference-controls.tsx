'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useTransition } from 'react';
import { saveLocale, saveTheme } from '@/app/_actions/preferences';
import { locales } from '@/lib/i18n/locales';
import { themes, type Theme } from '@/lib/preferences/theme';

const themeLabel = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } as const;

export function PreferenceControls({ theme }: { theme: Theme }) {
  const t = useTranslations('preferences');
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();

  const changeLocale = (next: string) =>
    startTransition(async () => {
      await saveLocale(next);
      router.refresh();
    });
  const changeTheme = (next: string) => {
    // Applied at once so the page does not wait for the server round trip.
    document.documentElement.dataset.theme = next;
    startTransition(async () => {
      await saveTheme(next);
      router.refresh();
    });
  };

  return (
    <div className="preferences" aria-busy={pending}>
      <label htmlFor={`${id}-locale`}>
        {t('language')}
      </label>
      <select
        id={`${id}-locale`}
        data-testid="language-picker"
        value={locale}
        onChange={(event) => changeLocale(event.target.value)}
      >
        {locales.map((value) => (
          <option key={value} value={value} lang={value}>
            {t(`languageNames.${value}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-theme`}>
        {t('theme')}
      </label>
      <select
        id={`${id}-theme`}
        data-testid="theme-picker"
        defaultValue={theme}
        onChange={(event) => changeTheme(event.target.value)}
      >
        {themes.map((value) => (
          <option key={value} value={value}>
            {t(themeLabel[value])}
          </option>
        ))}
      </select>
    </div>
  );
}
