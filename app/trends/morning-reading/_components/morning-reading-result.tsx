'use client';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useMemo, useRef } from 'react';
import { ContextEditor } from '@/app/_components/context/context-editor';
import { localeFixed, plainFixed } from '@/app/_components/session-summary/format';
import { SaveStatus } from '@/app/breathe/_components/save-status';
import type { SessionOutcomeProps } from '@/app/breathe/_components/session-outcome';
import { PHASE_QUALITY } from '@/lib/hrv';
import { buildSessionView } from '@/lib/session/summary/session-view';
import { bandPosition } from '../../_components/trend-figures';

/** The person's latest normal range of morning lnRMSSD (60 days), when there is one. */
export interface NormalRange {
  low: number;
  high: number;
}

/** The outcome component for SessionRun, bound to the person's range and whether they are signed in. */
export function makeReadingResult(range: NormalRange | null, signedIn: boolean) {
  function Result(props: SessionOutcomeProps) {
    return <MorningReadingResult {...props} range={range} signedIn={signedIn} />;
  }
  return Result;
}

function MorningReadingResult({ session, record, summary, storage, summaryFailed, onNewSession, range, signedIn }: SessionOutcomeProps & { range: NormalRange | null; signedIn: boolean }) {
  const t = useTranslations('morningReading.result');
  const reasons = useTranslations('summary.caution.reasons');
  const format = useFormatter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const serverSummary = session.upload.serverSummary;
  const shown = serverSummary ?? summary;
  const baseline = useMemo(() => (record && shown ? buildSessionView(record, shown).phases.find((p) => p.phase === 'baseline') ?? null : null), [record, shown]);
  useEffect(() => headingRef.current?.focus(), []);
  const fixed = (v: number, d: number) => localeFixed(format.number, v, d);
  const windowS = baseline ? Math.round(baseline.analysedS) : 0;
  const passed = baseline !== null && baseline.qualityOk && baseline.lnRmssd !== null;

  return (
    <div data-testid="session-outcome" data-session-id={session.id}>
      <section className="card" aria-labelledby="reading-result-heading" data-testid="reading-result" data-quality={baseline ? (passed ? 'ok' : 'flagged') : 'pending'}>
        <h2 id="reading-result-heading" ref={headingRef} tabIndex={-1}>
          {session.endedEarly ? t('headingEarly') : t('heading')}
        </h2>
        {baseline ? (
          <>
            <p className="hint">{t('window', { seconds: windowS, posture: session.posture ? t(`posture.${session.posture}`) : t('posture.unknown') })}</p>
            <dl className="facts">
              <dt>{t('ln')}</dt>
              <dd data-testid="reading-ln" data-value={baseline.lnRmssd !== null ? plainFixed(baseline.lnRmssd, 2) : ''}>
                {baseline.lnRmssd !== null ? fixed(baseline.lnRmssd, 2) : '—'}
              </dd>
              <dt>{t('rmssd')}</dt>
              <dd data-testid="reading-rmssd" data-value={baseline.rmssdMs !== null ? plainFixed(baseline.rmssdMs, 1) : ''}>
                {baseline.rmssdMs !== null ? t('ms', { value: fixed(baseline.rmssdMs, 1) }) : '—'}
              </dd>
              <dt>{t('hr')}</dt>
              <dd data-testid="reading-hr">{baseline.meanHrBpm !== null ? t('bpm', { value: fixed(baseline.meanHrBpm, 0) }) : '—'}</dd>
            </dl>
            {!passed ? (
              <div className="summary-caution card" role="note" data-testid="reading-quality">
                <p>{t('flagged')}</p>
                <ul>
                  {baseline.qualityReasons.map((r) => (
                    <li key={r}>
                      {r === 'too-few-beats'
                        ? reasons(r, { beats: baseline.beats, min: PHASE_QUALITY.minBeats })
                        : r === 'too-short'
                          ? reasons(r, { seconds: Math.floor(baseline.analysedS), min: PHASE_QUALITY.minAnalysedS })
                          : r === 'too-many-artifacts'
                            ? reasons(r, { percent: format.number(baseline.artifactPercent, { maximumFractionDigits: 1 }), max: PHASE_QUALITY.maxArtifactPercent })
                            : reasons(r)}
                    </li>
                  ))}
                </ul>
                <p className="hint">{t('flaggedTip')}</p>
              </div>
            ) : range ? (
              <p className="summary-reading" data-testid="reading-against-range" data-position={bandPosition(baseline.lnRmssd!, range.low, range.high)}>
                {t(`range.${bandPosition(baseline.lnRmssd!, range.low, range.high)}`, { low: fixed(range.low, 2), high: fixed(range.high, 2) })}
              </p>
            ) : signedIn ? (
              <p className="hint" data-testid="reading-no-range">
                {t('noRange')}
              </p>
            ) : null}
          </>
        ) : summaryFailed ? (
          <p className="form-error" role="alert" data-testid="summary-failed">
            {t('failed')}
          </p>
        ) : (
          <p className="hint" role="status">
            {t('computing')}
          </p>
        )}
        <SaveStatus session={session} storage={storage} />
        {!signedIn ? (
          <p data-testid="reading-guest-result">
            {t('guest')} <Link href="/sign-up">{t('signUp')}</Link>
          </p>
        ) : null}
        <div className="actions">
          {signedIn ? (
            <Link href="/trends" className="button button-primary" data-testid="reading-to-trends">
              {t('toTrends')}
            </Link>
          ) : null}
          <button type="button" className="button" data-testid="new-session" onClick={onNewSession}>
            {t('again')}
          </button>
        </div>
      </section>
      {session.owner !== null && session.upload.status === 'done' ? <ContextEditor sessionId={session.id} /> : null}
    </div>
  );
}
