import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { JournalSession } from '@/lib/session/journal/journal-types';
import type { CueSettings } from '@/lib/session/runner/setup-preferences';
import { currentPhase } from '@/lib/session/runner/session-runner';
import { LiveReadouts } from './live-readouts';
import { Pacer } from './pacer';
import { SessionHeader } from './session-header';
import { SessionMetrics } from './session-metrics';
import { SessionOutcome } from './session-outcome';
import { SessionTrace } from './session-trace';
import { StorageAlert } from './storage-alert';
import { StrapCard } from './strap-card';
import type { LiveStrapControls } from './use-live-strap';
import { useSessionRun } from './use-session-run';
import { useWakeLock } from './use-wake-lock';
import styles from './session.module.css';

interface Props {
  initial: JournalSession;
  strap: LiveStrapControls;
  cues: CueSettings;
  onClose: () => void;
}

/** One session on screen: the running view, then its outcome. Keyed by session id, so each gets its own worker. */
export function SessionRun({ initial, strap, cues, onClose }: Props) {
  const t = useTranslations('session.run');
  const run = useSessionRun(initial, strap);
  const recording = run.session.status === 'recording';
  useWakeLock(recording);
  // The start button sits low on the set-up screen: bring the pacer (and later the summary) into view.
  const topRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    topRef.current?.scrollIntoView({ block: 'start' });
  }, [recording]);
  if (!recording) {
    return (
      <div ref={topRef} className={styles.anchor}>
        <SessionOutcome
          session={run.session}
          record={run.record}
          summary={run.summary}
          storage={run.storage}
          summaryFailed={run.summaryFailed}
          onStored={run.setSession}
          onNewSession={onClose}
        />
      </div>
    );
  }
  const phase = currentPhase(run.runner);
  const nowMs = run.clockS * 1000;
  return (
    <div ref={topRef} className={`live-layout ${styles.anchor}`}>
      <section className={`card ${styles.sessionCard}`} aria-label={t('label')} data-testid="session-run" data-session-id={initial.id}>
        <SessionHeader runner={run.runner} nowMs={nowMs} onPause={run.pause} onResume={run.resume} onFinish={() => void run.finish()} />
        {phase === 'breathing' ? (
          <Pacer pattern={run.session.protocol} getTimeMs={run.pacerTimeMs} cues={cues} />
        ) : (
          <div className={styles.rest} data-testid="rest-invite">
            <p>{phase === 'recovery' ? t('restRecovery') : t('restBaseline')}</p>
          </div>
        )}
        {run.storage ? <StorageAlert code={run.storage} moment="run" /> : null}
      </section>
      <section className="card" aria-labelledby="session-live-heading">
        <h2 id="session-live-heading">{t('liveHeading')}</h2>
        <SessionMetrics metrics={run.metrics} />
        <SessionTrace beats={run.trace} pattern={run.session.protocol} cycleStartsMs={run.session.pacerCycleStartsMs} endMs={nowMs} />
        <p className="hint">
          {run.storage ? t('beatsInTab') : t('beatsSaved')} <span data-testid="session-beats">{run.session.beatCount}</span>
        </p>
      </section>
      <StrapCard strap={strap} locked />
      <LiveReadouts snapshot={strap.snapshot} />
    </div>
  );
}
