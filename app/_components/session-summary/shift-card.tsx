import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { qualityCause } from '@/lib/session/summary/quality-cause';
import type { SessionView } from '@/lib/session/summary/session-view';
import { formatDuration, localeFixed, localeSigned, plainFixed } from './format';

/** The result first: what the shift means in plain words, then RMSSD before and after; % and lnRMSSD tucked away. */
export function ShiftCard({ view }: { view: SessionView }) {
  const t = useTranslations('summary');
  const tp = useTranslations('practice.summary');
  const format = useFormatter();
  const locale = useLocale();
  const { shift } = view;
  const phaseLength = (phase: 'baseline' | 'recovery') => {
    const stats = view.phases.find((p) => p.phase === phase);
    return stats ? formatDuration(t, stats.endS - stats.startS) : t('shift.missingPhase');
  };
  const number = format.number.bind(format);
  const signed = (value: number, digits: number) => localeSigned(number, value, digits);
  // What the person reads is locale-formatted; data-value is the plain number for tests and tools.
  const headline = (testId: string, value: number | null, text: (v: number) => string) => (
    <span data-testid={testId} data-value={value === null ? '' : plainFixed(value, 1)}>
      {value === null ? t('noValue') : text(value)}
    </span>
  );
  // A short rest gets its own words: it was a choice (or an early end), not a poor measurement.
  const readingKey = view.reading === 'low-quality' && qualityCause(view) === 'short-phase' ? 'low-quality-short' : view.reading;
  return (
    <section className="card summary-shift" aria-labelledby="summary-shift-heading">
      <h2 id="summary-shift-heading">{t('shift.heading')}</h2>
      <p className={`summary-reading summary-reading-${view.reading}`} data-testid="summary-reading" data-reading={view.reading}>
        {view.practice ? tp(`readings.${readingKey}`) : t(`readings.${readingKey}`)}
      </p>
      <div className="readouts">
        <Readout label={t('shift.baseline', { duration: phaseLength('baseline') })} unit={t('shift.unitMs')}>
          {headline('summary-baseline-rmssd', shift.baselineRmssdMs, (v) => localeFixed(number, v, 1))}
        </Readout>
        <Readout label={t('shift.recovery', { duration: phaseLength('recovery') })} unit={t('shift.unitMs')}>
          {headline('summary-recovery-rmssd', shift.recoveryRmssdMs, (v) => localeFixed(number, v, 1))}
        </Readout>
        <Readout label={t('shift.change')} unit={t('shift.unitMs')}>
          {/* DESIGN's test ids hold plain numbers: in English the shift keeps an ASCII minus so Number() reads it. */}
          {headline('summary-shift', shift.rmssdMs, (v) => (locale === 'en' ? signed(v, 1).replace(/\u2212/g, '-') : signed(v, 1)))}
        </Readout>
      </div>
      <details className="summary-more">
        <summary>{t('shift.explainToggle')}</summary>
        <p>{view.practice ? tp('intro') : t('shift.intro')}</p>
        {shift.percent !== null && shift.lnRmssd !== null ? (
          <ul className="summary-secondary">
            <li data-testid="summary-shift-percent">{t('shift.percent', { percent: signed(shift.percent, 0) })}</li>
            <li data-testid="summary-shift-ln">{t('shift.ln', { ln: signed(shift.lnRmssd, 2) })}</li>
          </ul>
        ) : null}
      </details>
    </section>
  );
}

function Readout({ label, unit, children }: { label: string; unit: string; children: ReactNode }) {
  return (
    <div className="readout">
      <span className="readout-label">{label}</span>
      <span className="readout-value">
        {children}
        <span className="readout-unit">{unit}</span>
      </span>
    </div>
  );
}
