import { useTranslations } from 'next-intl';
import { useEffect, useRef, type ComponentType } from 'react';
import type { JournalSession } from '@/lib/session/journal/journal-types';
import type { CueSettings } from '@/lib/session/runner/setup-preferences';
import { currentPattern, currentPhase, phaseElapsedMs, type RunnerState } from '@/lib/session/runner/session-runner';
import { cueAt } from '@/lib/session/practice/practice-script';
import { practiceScripts } from '@/lib/session/practice/practices';
import { LiveHeart } from './live-heart';
import { LiveShareIndicator } from './live-share-indicator';
import { Pacer } from './pacer';
import { PracticeGuide } from './practice-guide';
import { SessionHeader } from './session-header';
import { SessionOutcome, type SessionOutcomeProps } from './session-outcome';
import { StorageAlert } from './storage-alert';
import { StrapCard } from './strap-card';
import { TechnicalDetails } from './technical-details';
import { useCoherenceWindow } from './use-coherence-window';
import { useFocusMode } from './use-focus-mode';
import { useLiveShare } from './use-live-share';
import type { LiveStrapControls } from './use-live-strap';
import { useSessionRun } from './use-session-run';
import { useWakeLock } from './use-wake-lock';
import styles from './session.module.css';

interface Props {
  initial: JournalSession;
  strap: LiveStrapControls;
  cues: CueSettings;
  onClose: () => void;
  /** What follows the run; a morning reading shows its own short result. */
  Outcome?: ComponentType<SessionOutcomeProps>;
  /** The practitioners this session is shared with live, when the person chose to; else null. */
  shareLiveWith?: readonly string[] | null;
  /** A line above the pacer saying where the run is (the resonance assessment's step). */
  StepNote?: ComponentType<{ runner: RunnerState }>;
}

/** One session on screen: the running view, then its outcome. Keyed by session id, so each gets its own worker. */
export function SessionRun({ initial, strap, cues, onClose, Outcome = SessionOutcome, shareLiveWith = null, StepNote }: Props) {
  const t = useTranslations('session.run');
  const run = useSessionRun(initial, strap);
  const recording = run.session.status === 'recording';
  useWakeLock(recording);
  const live = useLiveShare(initial.id, { trace: run.trace, runner: run.runner, protocol: run.session.protocol }, recording && shareLiveWith !== null);
  useCoherenceWindow(run.runner, run.setCoherenceFrom);
  // The start button sits low on the set-up screen: bring the pacer (and later the summary) into view.
  const topRef = useRef<HTMLDivElement>(null);
  const { focus, toggle } = useFocusMode(topRef);
  // Focus follows: to the phase once the session starts, to the outcome's heading once it ends.
  useEffect(() => {
    topRef.current?.scrollIntoView({ block: 'start' });
    document.getElementById(recording ? 'session-phase' : 'outcome-heading')?.focus({ preventScroll: true });
  }, [recording]);
  if (!recording) {
    return (
      <div ref={topRef} className={styles.anchor}>
        <Outcome
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
  const paused = run.runner.status === 'paused';
  // A phase may carry its own rhythm (an assessment's step); the pacer and the trace follow it.
  const pattern = currentPattern(run.runner, run.session.protocol);
  const nowMs = run.clockS * 1000;
  const { practice, breathingS } = run.session.protocol;
  // A guided practice: the cue current this far into its phase (the runner's clock, pauses frozen).
  const moment = practice && phase === 'breathing' ? cueAt(practiceScripts[practice], breathingS * 1000, phaseElapsedMs(run.runner, nowMs)) : null;
  // A strap that dropped out needs its reconnect button in view, not folded into the details.
  const strapTrouble = strap.snapshot.status.status !== 'connected';
  return (
    <div ref={topRef} className={`${styles.anchor} ${styles.run}`} data-focus={focus}>
      <section className={`card ${styles.sessionCard}`} aria-label={t('label')} data-testid="session-run" data-session-id={initial.id} data-paused={paused}>
        <SessionHeader
          runner={run.runner}
          nowMs={nowMs}
          focus={focus}
          practice={practice && moment ? { id: practice, step: moment.cue.title } : null}
          onPause={run.pause}
          onResume={run.resume}
          onFinish={() => void run.finish()}
          onToggleFocus={toggle}
        />
        {StepNote ? <StepNote runner={run.runner} /> : null}
        <div className={styles.stage}>
          <div className={styles.pacerPane}>
            {practice && moment ? (
              <PracticeGuide practice={practice} moment={moment} speak={cues.speech} paused={paused} />
            ) : phase === 'breathing' ? (
              <Pacer pattern={pattern} getTimeMs={run.pacerTimeMs} cues={cues} />
            ) : (
              <div className={styles.rest} data-testid="rest-invite">
                <p>{phase === 'recovery' ? t('restRecovery') : t('restBaseline')}</p>
              </div>
            )}
            {paused ? (
              <p className={styles.pausedBadge} data-testid="paused-state" role="status">
                {t('paused')}
              </p>
            ) : null}
          </div>
          <LiveHeart
            phase={phase}
            metrics={run.metrics}
            snapshot={strap.snapshot}
            trace={run.trace}
            pattern={pattern}
            cycleStartsMs={run.session.pacerCycleStartsMs}
            endMs={nowMs}
            paced={!practice}
          />
        </div>
        {run.storage ? <StorageAlert code={run.storage} moment="run" /> : null}
        {shareLiveWith ? <LiveShareIndicator names={shareLiveWith} state={live.state} onStop={live.stop} /> : null}
      </section>
      {strapTrouble ? <StrapCard strap={strap} locked /> : null}
      <TechnicalDetails
        phase={phase}
        metrics={run.metrics}
        strap={strap}
        beatCount={run.session.beatCount}
        inTabOnly={run.storage !== null}
        showStrap={!strapTrouble}
      />
    </div>
  );
}
