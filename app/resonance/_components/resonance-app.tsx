'use client';
import { useCallback, useMemo, useState } from 'react';
import { useOneAtATime } from '@/app/_components/use-one-at-a-time';
import { LiveReadouts } from '@/app/breathe/_components/live-readouts';
import { SessionRun } from '@/app/breathe/_components/session-run';
import { StorageAlert } from '@/app/breathe/_components/storage-alert';
import { StrapCard } from '@/app/breathe/_components/strap-card';
import { useLiveStrap } from '@/app/breathe/_components/use-live-strap';
import { startJournalSession, useJournalFailure } from '@/app/breathe/_components/start-journal-session';
import { RESONANCE_RATES_BPM } from '@/lib/hrv/resonance';
import type { JournalSession } from '@/lib/session/journal/journal-types';
import { resonancePlan, resonanceProtocol } from '@/lib/session/protocol/resonance';
import { defaultCues } from '@/lib/session/runner/setup-preferences';
import { makeResonanceResult } from './resonance-result';
import { ResonanceSetup } from './resonance-setup';
import { ResonanceStepNote } from './resonance-step-note';
import './resonance.css';

interface Props {
  simulationSeed: number | null;
  stepS: number;
  restS: number;
  shortened: boolean;
  userId: string | null;
  currentRateBpm: number | null;
}

/** The stepped assessment: the same strap, journal, upload and pacer as a breathing session, five rates in a row. */
export function ResonanceApp({ simulationSeed, stepS, restS, shortened, userId, currentRateBpm }: Props) {
  const strap = useLiveStrap({ simulationSeed });
  const [active, setActive] = useState<JournalSession | null>(null);
  const [storage, fail] = useJournalFailure();
  // One write at a time: a double-click on Start would leave a second, empty session behind as interrupted.
  const once = useOneAtATime();
  const connected = strap.snapshot.status.status === 'connected';

  const start = useCallback(async () => {
    const session = await startJournalSession(strap, {
      owner: userId,
      protocol: resonanceProtocol(stepS, restS),
      plan: resonancePlan(stepS, restS),
      resonanceRatesBpm: [...RESONANCE_RATES_BPM],
      kind: 'resonance',
    });
    if (session) setActive(session);
  }, [strap, userId, stepS, restS]);


  const Outcome = useMemo(() => makeResonanceResult(userId !== null), [userId]);

  if (active) {
    return <SessionRun key={active.id} initial={active} strap={strap} cues={defaultCues} onClose={() => setActive(null)} Outcome={Outcome} StepNote={ResonanceStepNote} />;
  }
  return (
    <>
      {storage ? <StorageAlert code={storage} moment="setup" /> : null}
      <div className="live-layout">
        <StrapCard strap={strap} locked={false} />
        <ResonanceSetup stepS={stepS} restS={restS} shortened={shortened} currentRateBpm={currentRateBpm} canStart={connected} onStart={() => void once(start).catch(fail)} />
        <LiveReadouts snapshot={strap.snapshot} />
      </div>
    </>
  );
}
