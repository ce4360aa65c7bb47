import { useTranslations } from 'next-intl';

/** Why Connect is disabled, in one sentence; which browsers work (and Linux's switch) a click away. */
export function BluetoothHelp({ support }: { support: 'unavailable' | 'adapter-off' }) {
  const t = useTranslations('breathe.support');
  if (support === 'adapter-off') {
    return (
      <p className="notice" id="bluetooth-help" data-testid="bluetooth-help">
        {t('adapterOff')}
      </p>
    );
  }
  return (
    <div className="notice" id="bluetooth-help" data-testid="bluetooth-help">
      <p>
        <strong>{t('unavailableHeading')}</strong> {t('simulatedOffer')}
      </p>
      <details>
        <summary>{t('whichBrowsers')}</summary>
        <p>{t('unavailableText')}</p>
        <p>{t('linuxText')}</p>
      </details>
    </div>
  );
}
