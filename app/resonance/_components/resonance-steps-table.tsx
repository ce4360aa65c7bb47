import { useFormatter, useTranslations } from 'next-intl';
import { localeFixed } from '@/app/_components/session-summary/format';
import { MIN_SPECTRUM_S } from '@/lib/hrv/spectrum';
import { RESONANCE_QUALITY, type ResonanceStepResult } from '@/lib/hrv';

/** Every step: its swing (with a quiet bar to compare at a glance), LF power and peak, and whether it counted. */
export function ResonanceStepsTable({ steps, chosenBpm }: { steps: readonly ResonanceStepResult[]; chosenBpm: number | null }) {
  const t = useTranslations('resonance.result');
  const format = useFormatter();
  const fixed = (v: number, d: number) => localeFixed(format.number, v, d);
  const largest = Math.max(0, ...steps.map((s) => s.amplitudeBpm ?? 0));
  const reason = (step: ResonanceStepResult, r: ResonanceStepResult['reasons'][number]) =>
    r === 'too-few-beats'
      ? t('reasons.too-few-beats', { beats: step.beats, min: RESONANCE_QUALITY.minBeats })
      : r === 'too-few-breaths'
        ? t('reasons.too-few-breaths', { breaths: step.breaths, min: RESONANCE_QUALITY.minBreaths })
        : r === 'too-many-artifacts'
          ? t('reasons.too-many-artifacts', { percent: fixed(step.artifactPercent, 1), max: RESONANCE_QUALITY.maxArtifactPercent })
          : t('reasons.no-beats');
  return (
    <div className="table-scroll">
      <table className="data-table resonance-table" data-testid="resonance-steps">
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.rate')}</th>
            <th scope="col">{t('columns.amplitude')}</th>
            <th scope="col">{t('columns.lf')}</th>
            <th scope="col">{t('columns.peak')}</th>
            <th scope="col">{t('columns.quality')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.rateBpm} data-testid="resonance-step-row" data-rate={String(step.rateBpm)} data-usable={step.usable} data-chosen={step.rateBpm === chosenBpm}>
              <th scope="row">
                {fixed(step.rateBpm, 1)}
                {step.rateBpm === chosenBpm ? <span className="resonance-chosen"> · {t('chosen')}</span> : null}
              </th>
              <td>
                {step.amplitudeBpm !== null ? (
                  <span className="resonance-bar-cell">
                    <span className="resonance-bar" aria-hidden="true" style={{ inlineSize: `${largest > 0 ? (100 * step.amplitudeBpm) / largest : 0}%` }} data-usable={step.usable} />
                    {t('amplitudeValue', { value: fixed(step.amplitudeBpm, 1) })}
                  </span>
                ) : (
                  t('notMeasured')
                )}
              </td>
              <td>{step.lfMs2 !== null ? t('lfValue', { value: fixed(step.lfMs2, 0) }) : t('notMeasured')}</td>
              <td>{step.lfPeakHz !== null ? t('peakValue', { value: fixed(step.lfPeakHz, 3) }) : t('notMeasured')}</td>
              <td>
                {step.usable ? (
                  t('usable', { beats: step.beats, breaths: step.breaths, percent: fixed(step.artifactPercent, 1) })
                ) : (
                  <>
                    <span className="badge-warning">{t('leftOut')}</span> {step.reasons.map((r) => reason(step, r)).join('; ')}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {steps.some((s) => s.beats > 0 && s.lfMs2 === null) ? (
        <p className="hint" data-testid="resonance-lf-missing">
          {t('lfMissing', { seconds: MIN_SPECTRUM_S })}
        </p>
      ) : null}
    </div>
  );
}
