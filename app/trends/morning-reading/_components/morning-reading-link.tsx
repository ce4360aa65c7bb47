import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** A quiet way from the breathing set-up to a rest-only morning reading. */
export function MorningReadingLink() {
  const t = useTranslations('morningReading');
  return (
    <p className="hint">
      <Link href="/trends/morning-reading" data-testid="morning-reading-link">
        {t('link')}
      </Link>{' '}
      {t('linkHint')}
    </p>
  );
}
