import { useTranslations } from 'next-intl';

export function BluetoothHelp({ support }: { support: 'unavailable' | 'adapter-off' }) {
  const t = useTranslations('breathe.support');
  if (support === 'adapter-off') {
    return (
      <p className="notice" data-testid="bluetooth-help">
        {t('adapterOff')}
      </p>
    );
  }
  return (
    <div className="notice" data-testid="bluetooth-help">
      <h3>{t('unavailableHeading')}</h3>
      <p>{t('unavailableText')}</p>
      <p>{t('linuxText')}</p>
      <p>{t('simulatedOffer')}</p>
    </div>
  );
}
