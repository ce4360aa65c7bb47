import { useTranslations } from 'next-intl';

/** Why Connect is disabled and which browsers work, in two sentences; Linux's switch a click away. */
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
        <strong>{t('unavailableHeading')}</strong> {t('unavailableText')}
      </p>
      <details>
        <summary>{t('onLinux')}</summary>
        <p>{t('linuxText')}</p>
      </details>
      <p>{t('simulatedOffer')}</p>
    </div>
  );
}
