import { useFormatter, useTranslations } from 'next-intl';
import { localeFixed } from '@/app/_components/session-summary/format';
import type { ResonanceAnalysis } from '@/lib/hrv';
import { ResonanceStepsTable } from './resonance-steps-table';
import './resonance.css';

/** The chosen rate in words (or why there is none), what it rests on, and every step. */
export function ResonanceSummary({ result }: { result: ResonanceAnalysis }) {
  const t = useTranslations('resonance.result');
  const format = useFormatter();
  const rate = result.rateBpm;
  return (
    <>
      {rate !== null ? (
        <>
          <p className="resonance-answer">
            {t.rich('rate', {
              rate: localeFixed(format.number, rate, 1),
              value: (chunks) => (
                <strong data-testid="resonance-result" data-rate={String(rate)} data-value={String(rate)}>
                  {chunks}
                </strong>
              ),
            })}
          </p>
          <p className="hint">{t('basis')}</p>
        </>
      ) : (
        <p className="summary-caution card" role="note" data-testid="resonance-none">
          {t('none')}
        </p>
      )}
      <ResonanceStepsTable steps={result.steps} chosenBpm={rate} />
      {rate !== null ? (
        <>
          <h3>{t('meaningHeading')}</h3>
          <p>{t('meaning')}</p>
          <p>{t('limits')}</p>
        </>
      ) : null}
    </>
  );
}
