import { useFormatter, useTranslations } from 'next-intl';
import { localeFixed } from '@/app/_components/session-summary/format';
import type { TrendDay } from '@/lib/trends/types';
import { TagLabel } from '@/app/_components/context/tag-label';
import { tagMeans } from './trend-figures';

/** Mean morning lnRMSSD on days carrying each tag, against those mornings' own normal range. */
export function TagTable({ days }: { days: TrendDay[] }) {
  const t = useTranslations('trends.tags');
  const format = useFormatter();
  const means = tagMeans(days);
  return (
    <section className="card" aria-labelledby="trend-tags-heading" data-testid="trend-tags">
      <h2 id="trend-tags-heading">{t('heading')}</h2>
      {means.length === 0 ? (
        <p className="hint">{t('empty')}</p>
      ) : (
        <>
          <p className="hint">{t('description')}</p>
          <table className="trend-tag-table">
            <thead>
              <tr>
                <th scope="col">{t('tag')}</th>
                <th scope="col">{t('mornings')}</th>
                <th scope="col">{t('mean')}</th>
                <th scope="col">{t('position')}</th>
              </tr>
            </thead>
            <tbody>
              {means.map((m) => (
                <tr key={m.tag} data-tag={m.tag}>
                  <th scope="row">
                    <TagLabel tag={m.tag} />
                  </th>
                  <td>{m.days}</td>
                  <td>{localeFixed(format.number, m.meanLnRmssd, 2)}</td>
                  <td>{m.position ? t(`positions.${m.position}`) : t('noRange')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
