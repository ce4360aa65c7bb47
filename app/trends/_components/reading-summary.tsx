import { useFormatter, useTranslations } from 'next-intl';
import { localeFixed } from '@/app/_components/session-summary/format';
import type { Trends } from '@/lib/trends/types';
import { latestReadingDay, morningsNeeded } from './trend-figures';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The plain-language reading of the last weeks, and what it does and does not mean: to the person
 * ('self'), or about them to their practitioner ('client'; the same keys under practitioners.clientReading).
 */
export function ReadingSummary({ trends, perspective = 'self' }: { trends: Trends; perspective?: 'self' | 'client' }) {
  const own = useTranslations('trends.reading') as unknown as Translate;
  const theirs = useTranslations('practitioners.clientReading') as unknown as Translate;
  const t = perspective === 'client' ? theirs : own;
  const format = useFormatter();
  const fixed = (v: number) => localeFixed(format.number, v, 2);
  const day = latestReadingDay(trends.days);
  const reading = trends.reading;
  const needed = morningsNeeded(trends.days);
  return (
    <section className="card trend-reading" aria-labelledby="trend-reading-heading" data-testid="trend-reading" data-reading={reading}>
      <h2 id="trend-reading-heading">{t('heading')}</h2>
      {reading === 'not-enough-data' || !day ? (
        <p>{needed > 0 ? t('notEnough', { count: needed }) : t('notEnoughSoon')}</p>
      ) : (
        <>
          <p className="trend-reading-headline">{t(reading)}</p>
          <p>
            {t('figures', {
              date: format.dateTime(new Date(`${day.date}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }),
              mean: fixed(day.rolling7!),
              low: fixed(day.normalLow!),
              high: fixed(day.normalHigh!),
            })}
          </p>
          <p className="hint">{t(`meaning.${reading}`)}</p>
        </>
      )}
      <p className="hint">{t('notMedical')}</p>
    </section>
  );
}
