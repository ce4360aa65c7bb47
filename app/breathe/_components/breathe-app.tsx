'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useOneAtATime } from '@/app/_components/use-one-at-a-time';
import { getJournal } from '@/lib/session/journal/browser-journal';
import { canResumeSession, listInterruptedSessions } from '@/lib/session/journal/interrupted-session';
import type { Journal } from '@/lib/session/journal/journal';
import type { JournalSession } from '@/lib/session/journal/journal-types';
import type { BreatheQueryKey } from '@/lib/session/protocol/protocol';
import type { BreathingProtocol } from '@/lib/session/protocol/record';
import { resumeJournalSession, saveRecordedSession } from '@/lib/session/journal/session-lifecycle';
import { LiveChart } from './live-chart';
import { LiveReadouts } from './live-readouts';
import { ResumeOffer } from './resume-offer';
import { SessionRun } from './session-run';
import { SessionSetup } from './session-setup';
import { ShareLiveOption } from './share-live-option';
import { rememberedShare, rememberShare } from '@/lib/live-share/remembered-share';
import { StorageAlert } from './storage-alert';
import { StrapCard } from './strap-card';
import { makeResonanceResult } from '@/app/resonance/_components/resonance-result';
import { ResonanceStepNote } from '@/app/resonance/_components/resonance-step-note';
import { useLiveStrap, type LiveStrapControls } from './use-live-strap';
import { startJournalSession, useJournalFailure } from './start-journal-session';
import { useSetup } from './use-setup';
import styles from './setup.module.css';

interface Props {
  simulationSeed: number | null;
  queryProtocol: Partial<BreathingProtocol>;
  invalidQueryKeys: BreatheQueryKey[];
  userId: string | null;
  /** Names of the practitioners the person is linked with: they may share a session live with them. */
  livePractitioners?: readonly string[];
  ownRateBpm?: number | null;
}

/** /breathe in the browser: the strap, the set-up, a session (new or resumed) and its outcome. */
export function BreatheApp({ simulationSeed, queryProtocol, invalidQueryKeys, userId, livePractitioners = [], ownRateBpm = null }: Props) {
  const strap = useLiveStrap({ simulationSeed });
  const [setup, setSetup] = useSetup(userId, queryProtocol);
  const resonanceOutcome = useMemo(() => makeResonanceResult(userId !== null), [userId]);
  const [active, setActive] = useState<JournalSession | null>(null);
  // Off by default, and for one session only (a resumed one keeps the share it was started with).
  const [shareLive, setShareLive] = useState(false);
  const [activeShare, setActiveShare] = useState<readonly string[] | null>(null);
  const [unfinished, setUnfinished] = useState<JournalSession | null>(null);
  const [resumable, setResumable] = useState(true);
  /** Why the browser is not keeping sessions (it did not open, or an action on a kept session failed), or null. */
  const [storage, fail, setStorage] = useJournalFailure();
  // One write at a time: a double-click on Start would leave a second, empty session behind as interrupted.
  const once = useOneAtATime();
  const connected = strap.snapshot.status.status === 'connected';
  // After the person connects (not after a silent reconnect on load), focus moves on to the next step.
  const focusAfterConnect = useRef(false);
  const strapForCard = useMemo<LiveStrapControls>(
    () => ({
      ...strap,
      connectStrap: () => {
        focusAfterConnect.current = true;
        return strap.connectStrap();
      },
      startSimulation: (settings) => {
        focusAfterConnect.current = true;
        return strap.startSimulation(settings);
      },
    }),
    [strap],
  );
  useEffect(() => {
    if (!connected || !focusAfterConnect.current) return;
    focusAfterConnect.current = false;
    const startButton = document.getElementById('start-session');
    if (startButton instanceof HTMLButtonElement && !startButton.disabled) startButton.focus();
    else document.getElementById('strap-heading')?.focus();
  }, [connected]);

  const offer = useCallback((session: JournalSession | null) => {
    setUnfinished(session);
    setResumable(session !== null && canResumeSession(session, Date.now()));
  }, []);

  useEffect(() => {
    let cancelled = false;
    void getJournal()
      .then(async (journal) => {
        // Said before the first session, so that nobody learns it only after breathing for twenty minutes.
        if (journal.openProblem && !cancelled) setStorage(journal.openProblem.code);
        const sessions = await listInterruptedSessions(journal, userId);
        if (!cancelled) offer(sessions[0] ?? null);
      })
      .catch((error: unknown) => {
        if (!cancelled) fail(error);
      });
    return () => {
      cancelled = true;
    };
  }, [userId, offer, fail, setStorage]);

  /** The offered session, if it is still interrupted (another tab may have taken it meanwhile); else the offer is renewed. */
  const claim = useCallback(async (): Promise<Journal | null> => {
    if (!unfinished) return null;
    const journal = await getJournal();
    const sessions = await listInterruptedSessions(journal, userId);
    if (sessions.some((s) => s.id === unfinished.id)) return journal;
    offer(sessions[0] ?? null);
    return null;
  }, [unfinished, userId, offer]);

  const start = useCallback(async () => {
    const session = await startJournalSession(strap, { owner: userId, protocol: setup.protocol });
    if (!session) return;
    const shareWith = shareLive && livePractitioners.length > 0 ? livePractitioners : null;
    if (shareWith) rememberShare(sessionStorage, session.id, shareWith);
    setActiveShare(shareWith);
    setActive(session);
  }, [strap, userId, setup.protocol, shareLive, livePractitioners]);

  // A guest's session becomes the signed-in person's at the moment they continue or save it.
  const resume = useCallback(async () => {
    const journal = await claim();
    if (!journal || !unfinished) return;
    if (!canResumeSession(unfinished, Date.now())) {
      setResumable(false);
      return;
    }
    const resumed = await journal.updateSession(unfinished.id, (s) => ({ ...resumeJournalSession(s, Date.now() - s.startedAtEpochMs), owner: s.owner ?? userId }));
    setUnfinished(null);
    // A session shared live goes on being shared after a reload: the person chose it for this session.
    setActiveShare(livePractitioners.length > 0 ? rememberedShare(sessionStorage, resumed.id) : null);
    setActive(resumed);
  }, [claim, unfinished, userId, livePractitioners]);

  const saveRecorded = useCallback(async () => {
    const journal = await claim();
    if (!journal || !unfinished) return;
    const done = await journal.updateSession(unfinished.id, (s) => saveRecordedSession({ ...s, owner: s.owner ?? userId }));
    setUnfinished(null);
    setActive(done);
  }, [claim, unfinished, userId]);

  const discard = useCallback(async () => {
    const journal = await claim();
    if (!journal || !unfinished) return;
    await journal.deleteSession(unfinished.id);
    setUnfinished(null);
  }, [claim, unfinished]);

  if (active) {
    // An interrupted resonance assessment resumes here too (the resume offer is /breathe's): it keeps its step line and its own result.
    const assessment = active.kind === 'resonance' ? { Outcome: resonanceOutcome, StepNote: ResonanceStepNote } : {};
    return <SessionRun key={active.id} initial={active} strap={strap} cues={setup.cues} onClose={() => setActive(null)} shareLiveWith={activeShare} {...assessment} />;
  }

  return (
    <>
      {storage ? <StorageAlert code={storage} moment="setup" /> : null}
      {unfinished ? (
        <ResumeOffer
          session={unfinished}
          resumable={resumable}
          canResume={connected}
          onResume={() => void once(resume).catch(fail)}
          onSave={() => void once(saveRecorded).catch(fail)}
          onDiscard={() => void once(discard).catch(fail)}
        />
      ) : null}
      <div className={styles.layout}>
        <StrapCard strap={strapForCard} locked={false} />
        <SessionSetup
          setup={setup}
          onChange={setSetup}
          invalidQueryKeys={invalidQueryKeys}
          canStart={connected && !unfinished}
          waitingFor={!connected ? 'strap' : unfinished ? 'interrupted' : null}
          onStart={() => void once(start).catch(fail)}
          ownRateBpm={ownRateBpm}
        >
          {livePractitioners.length > 0 ? <ShareLiveOption names={livePractitioners} checked={shareLive} onChange={setShareLive} /> : null}
        </SessionSetup>
        <LiveReadouts snapshot={strap.snapshot} foldDiagnostics />
        <LiveChart beats={strap.snapshot.recent} />
      </div>
    </>
  );
}
