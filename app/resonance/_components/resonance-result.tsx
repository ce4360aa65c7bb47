'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { DiscardShortSession } from '@/app/breathe/_components/discard-short-session';
import { SaveStatus } from '@/app/breathe/_components/save-status';
import type { SessionOutcomeProps } from '@/app/breathe/_components/session-outcome';
import type { ResonanceAnalysis } from '@/lib/hrv';
import { resonanceOf } from '@/lib/session/summary/resonance-of';
import { ResonanceSummary } from './resonance-summary';
import { UseAsRhythm } from './use-as-rhythm';

/** The outcome component for SessionRun, bound to whether the person is signed in. */
export function makeResonanceResult(signedIn: boolean) {
  function Result(props: SessionOutcomeProps) {
    return <ResonanceResult {...props} signedIn={signedIn} />;
  }
  return Result;
}

/** The server's stored result, once the assessment is saved there. */
function useServerResult(id: string, saved: boolean): ResonanceAnalysis | null {
  const [result, setResult] = useState<ResonanceAnalysis | null>(null);
  useEffect(() => {
    if (!saved) return;
    let cancelled = false;
    void fetch(`/api/sessions/${encodeURIComponent(id)}`)
      .then((r) => (r.ok ? (r.json() as Promise<{ session: { resonance: ResonanceAnalysis | null } }>) : null))
      .then((body) => {
        if (!cancelled && body?.session.resonance) setResult(body.session.resonance);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [id, saved]);
  return result;
}

function ResonanceResult({ session, record, storage, summaryFailed, onNewSession, signedIn }: SessionOutcomeProps & { signedIn: boolean }) {
  const t = useTranslations('resonance.result');
  const saved = session.upload.status === 'done';
  const server = useServerResult(session.id, saved);
  const local = useMemo(() => (record ? resonanceOf(record) : null), [record]);
  const shown = server ?? local;
  const rate = shown?.rateBpm ?? null;

  return (
    <div data-testid="session-outcome" data-session-id={session.id}>
      <section className="card resonance-result" aria-labelledby="outcome-heading">
        <h2 id="outcome-heading" tabIndex={-1}>
          {session.endedEarly ? t('headingEarly') : t('heading')}
        </h2>
        {shown ? (
          <>
            <ResonanceSummary result={shown} />
            <p className="hint" data-testid="resonance-source" data-source={server ? 'server' : 'browser'}>
              {server ? t('sourceServer') : t('sourceBrowser')}
            </p>
          </>
        ) : summaryFailed ? (
          <p className="form-error" role="alert">
            {t('failed')}
          </p>
        ) : (
          <p className="hint" role="status">
            {t('computing')}
          </p>
        )}
        <SaveStatus session={session} storage={storage} />
        {signedIn && session.owner !== null && rate !== null ? (
          server && server.rateBpm !== null ? (
            <UseAsRhythm sessionId={session.id} owner={session.owner} rateBpm={server.rateBpm} />
          ) : (
            <p className="hint">{t('waitForSave')}</p>
          )
        ) : null}
        {!signedIn ? (
          <p data-testid="resonance-guest">
            {t('guest')} <Link href="/sign-up?next=/resonance">{t('signUp')}</Link>
          </p>
        ) : null}
        <div className="actions">
          <button type="button" className="button" data-testid="new-session" onClick={onNewSession}>
            {t('again')}
          </button>
          {session.endedEarly ? <DiscardShortSession session={session} onDiscarded={onNewSession} label={t('discard')} /> : null}
        </div>
      </section>
    </div>
  );
}
