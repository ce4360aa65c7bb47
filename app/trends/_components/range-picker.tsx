import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { trendRanges, type TrendRange } from '@/lib/trends/types';

/** Links, not a form: each range is a URL (?days=) that can be bookmarked and goes back with the browser. */
export function RangePicker({ current, basePath = '/trends' }: { current: TrendRange; basePath?: string }) {
  const t = useTranslations('trends.range');
  return (
    <nav aria-label={t('label')} className="range-picker" data-testid="trend-range">
      <ul>
        {trendRanges.map((days) => (
          <li key={days}>
            <Link href={`${basePath}?days=${days}`} aria-current={days === current ? 'page' : undefined} data-testid={`trend-range-${days}`}>
              {t(`d${days}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
