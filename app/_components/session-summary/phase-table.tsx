import { useFormatter, useTranslations } from 'next-intl';
import type { SessionView } from '@/lib/session/summary/session-view';
import { formatDuration } from './format';
import { usePhaseName } from './use-phase-name';

/** Per-phase numbers over the whole phase (corrected series), flagged phases marked. */
export function PhaseTable({ view }: { view: SessionView }) {
  const t = useTranslations('summary');
  const phaseName = usePhaseName(view.practice);
  const format = useFormatter();
  const one = (value: number | null) => (value === null ? t('noValue') : format.number(value, { maximumFractionDigits: 1 }));
  return (
    <section className="card" aria-labelledby="summary-phases-heading">
      <h2 id="summary-phases-heading">{t('phases.heading')}</h2>
      <p className="hint" id="summary-phases-caption">
        {t('phases.caption')}
      </p>
      <div className="table-scroll">
        <table className="data-table" data-testid="summary-phases" aria-describedby="summary-phases-caption">
          <thead>
            <tr>
              <th scope="col">{t('phases.phase')}</th>
              <th scope="col">{t('phases.duration')}</th>
              <th scope="col">{t('phases.beats')}</th>
              <th scope="col">{t('phases.meanHr')}</th>
              <th scope="col">{t('phases.rmssd')}</th>
              <th scope="col">{t('phases.artifacts')}</th>
            </tr>
          </thead>
          <tbody>
            {view.phases.map((phase) => (
              <tr key={`${phase.phase}-${phase.startS}`} data-phase={phase.phase} className={phase.qualityOk ? undefined : 'row-flagged'}>
                <th scope="row">
                  {phaseName(phase.phase)}
                  {phase.qualityOk ? null : <span className="badge-warning">{t('phases.flagged')}</span>}
                </th>
                <td>{formatDuration(t, phase.endS - phase.startS)}</td>
                <td>{phase.beats}</td>
                <td>{one(phase.meanHrBpm)}</td>
                <td>{one(phase.rmssdMs)}</td>
                <td>{t('phases.percentValue', { percent: format.number(phase.artifactPercent, { maximumFractionDigits: 1 }) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
