import { useFormatter, useTranslations } from 'next-intl';
import { PARSE_REJECT_REASONS } from '@/lib/ble';
import type { LiveStrapSnapshot } from '@/lib/live/live-strap-store';

interface Props {
  snapshot: LiveStrapSnapshot;
  /** Off during a session: HR and RR sit beside the pacer there. */
  readouts?: boolean;
  /** On the set-up: skin contact and beats stay in view; packets, energy and gaps fold away. */
  foldDiagnostics?: boolean;
}

/** Strap readouts and diagnostics. */
export function LiveReadouts({ snapshot, readouts = true, foldDiagnostics = false }: Props) {
  const t = useTranslations('breathe.live');
  const format = useFormatter();
  const { stats } = snapshot;
  const reasons = PARSE_REJECT_REASONS.filter((reason) => stats.rejected[reason] > 0)
    .map((reason) => `${t(`rejectReasons.${reason}`)}: ${stats.rejected[reason]}`)
    .join(', ');
  const contactRows = (
    <>
      <dt>{t('contact')}</dt>
      <dd data-testid="signal-contact" data-contact={snapshot.contact ?? 'none'}>
        {snapshot.contact ? t(`contactStates.${snapshot.contact}`) : t('noValue')}
      </dd>
      <dt>{t('beats')}</dt>
      <dd data-testid="beat-count">{snapshot.beatCount}</dd>
    </>
  );
  const diagnosticRows = (
    <>
      <dt>{t('rejected')}</dt>
      <dd data-testid="packets-rejected" data-count={stats.rejectedTotal}>
        {stats.rejectedTotal === 0 ? '0' : t('rejectedReasons', { count: stats.rejectedTotal, reasons })}
      </dd>
      <dt>{t('energy')}</dt>
      <dd data-testid="energy-expended">
        {snapshot.energyExpendedKj === null ? t('noValue') : t('energyValue', { kj: snapshot.energyExpendedKj })}
      </dd>
      <dt>{t('gaps')}</dt>
      <dd data-testid="gap-count" data-count={snapshot.gaps.length}>
        {snapshot.gaps.length === 0 ? (
          t('gapsNone')
        ) : (
          <ul className="gap-list">
            {snapshot.gaps.map((gap) => (
              <li key={gap.startMs} data-testid="gap">
                {t('gapItem', {
                  seconds: format.number((gap.endMs - gap.startMs) / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
                  start: format.number(gap.startMs / 1000, { maximumFractionDigits: 0 }),
                })}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </>
  );
  return (
    <section className="card live-card" aria-labelledby="live-heading">
      <h2 id="live-heading">{t('heading')}</h2>
      {readouts ? (
        <div className="readouts">
          <div className="readout">
            <span className="readout-label">{t('hr')}</span>
            <span className="readout-value">
              <span data-testid="live-hr">{snapshot.hrBpm ?? t('noValue')}</span>
              <span className="readout-unit">{t('hrUnit')}</span>
            </span>
          </div>
          <div className="readout">
            <span className="readout-label">{t('rr')}</span>
            <span className="readout-value">
              <span data-testid="live-rr">{snapshot.lastRrMs === null ? t('noValue') : Math.round(snapshot.lastRrMs)}</span>
              <span className="readout-unit">{t('rrUnit')}</span>
            </span>
          </div>
        </div>
      ) : null}
      {snapshot.lastPacketMs === null ? <p className="hint">{t('waiting')}</p> : null}
      <dl className="facts signal">
        {contactRows}
        {foldDiagnostics ? null : diagnosticRows}
      </dl>
      {foldDiagnostics ? (
        <details className="signal-details">
          <summary>{t('diagnostics')}</summary>
          <dl className="facts signal">{diagnosticRows}</dl>
        </details>
      ) : null}
    </section>
  );
}
