import type { Messages } from './lib/i18n/messages';

// Typed message keys: t('breathe.strap.connect') is checked against the English catalogue.
declare module 'next-intl' {
  interface AppConfig {
    Messages: Messages;
  }
}
