import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** A quiet way to the assessment, from the breathing set-up and from trends. */
export function ResonanceLink() {
  const t = useTranslations('resonance');
  return (
    <p className="hint">
      <Link href="/resonance" data-testid="resonance-link">
        {t('link')}
      </Link>{' '}
      {t('linkHint')}
    </p>
  );
}
