'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { Theme } from '@/lib/preferences/theme';
import { PreferenceControls } from './preference-controls';

/**
 * Language and appearance behind one small labelled button, so the header keeps to one row on a tablet.
 * A disclosure, not an ARIA menu: it holds two labelled selects, and Escape or a click elsewhere closes it.
 */
export function PreferencesMenu({ theme }: { theme: Theme }) {
  const t = useTranslations('preferences');
  const locale = useLocale();
  const ref = useRef<HTMLDetailsElement>(null);
  // The language code and a half-filled circle (light and dark): short enough for one header row.
  const short = [locale.toUpperCase(), '\u25D0'].join(' \u00B7 ');
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        details.open = false;
        details.querySelector('summary')?.focus();
      } else if (!details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  return (
    <details className="preferences-menu" ref={ref} data-testid="preferences-menu">
      <summary aria-label={t('menuLabel')} title={t('menuLabel')}>
        <span aria-hidden="true">{short}</span>
      </summary>
      <div className="preferences-popover">
        <PreferenceControls theme={theme} />
      </div>
    </details>
  );
}
