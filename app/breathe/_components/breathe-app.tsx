'use client';
import { useCallback, useEffect, useState } from 'react';
import { getJournal } from '@/lib/session/browser-journal';
import type { JournalSession } from '@/lib/session/journal-types';
import type { ProtocolQueryKey } from '@/lib/session/protocol';
import type { BreathingProtocol } from '@/lib/session/record';
import { newJournalSession, resumeJournalSession, saveRecordedSession } from '@/lib/session/session-lifecycle';
import { LiveChart } from './live-chart';
import { LiveReadouts } from './live-readouts';
import { ResumeOffer } from './resume-offer';
import { SessionRun } from './session-run';
import { SessionSetup } from './session-setup';
import { StrapCard } from './strap-card';
import { useLiveStrap } from './use-live-strap';
import { useSetup } from './use-setup';

interface Props {
  simulationSeed: number | null;
  queryProtocol: Partial<BreathingProtocol>;
  invalidQueryKeys: ProtocolQueryKey[];
  userId: string | null;
}

/** /breathe in the browser: the strap, the set-up, a session (new or resumed) and its outcome. */
export function BreatheApp({ simulationSeed, queryProtocol, invalidQueryKeys, userId }: Props) {
  const strap = useLiveStrap({ simulationSeed });
  const [setup, setSetup] = useSetup(userId, queryProtocol);
  const [active, setActive] = useState<JournalSession | null>(null);
  const [unfinished, setUnfinished] = useState<JournalSession | null>(null);
  const connected = strap.snapshot.status.status === 'connected';

  useEffect(() => {
    let cancelled = false;
    void getJournal()
      .then((journal) => journal.listSessions())
      .then((sessions) => {
        const recording = sessions.filter((s) => s.status === 'recording').sort((a, b) => b.startedAtEpochMs - a.startedAtEpochMs);
        if (!cancelled) setUnfinished(recording[0] ?? null);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  const start = useCallback(async () => {
    const client = strap.getClient();
    if (!client || client.status !== 'connected') return;
    const info = client.info;
    const session = newJournalSession({
      id: crypto.randomUUID(),
      owner: userId,
      protocol: setup.protocol,
      device: info ? { kind: info.kind, name: info.name, bodySensorLocation: info.bodySensorLocation } : null,
      startedAtEpochMs: Date.now(),
    });
    await (await getJournal()).createSession(session);
    setActive(session);
  }, [strap, userId, setup.protocol]);

  const resume = useCallback(async () => {
    if (!unfinished) return;
    const journal = await getJournal();
    const resumed = await journal.updateSession(unfinished.id, (s) => ({ ...resumeJournalSession(s, Date.now() - s.startedAtEpochMs), owner: s.owner ?? userId }));
    setUnfinished(null);
    setActive(resumed);
  }, [unfinished, userId]);

  const saveRecorded = useCallback(async () => {
    if (!unfinished) return;
    const journal = await getJournal();
    const done = await journal.updateSession(unfinished.id, (s) => saveRecordedSession({ ...s, owner: s.owner ?? userId }));
    setUnfinished(null);
    setActive(done);
  }, [unfinished, userId]);

  const discard = useCallback(async () => {
    if (!unfinished) return;
    await (await getJournal()).deleteSession(unfinished.id);
    setUnfinished(null);
  }, [unfinished]);

  if (active) return <SessionRun key={active.id} initial={active} strap={strap} cues={setup.cues} onClose={() => setActive(null)} />;

  return (
    <>
      {unfinished ? <ResumeOffer session={unfinished} canResume={connected} onResume={() => void resume()} onSave={() => void saveRecorded()} onDiscard={() => void discard()} /> : null}
      <div className="live-layout">
        <StrapCard strap={strap} locked={false} />
        <SessionSetup setup={setup} onChange={setSetup} invalidQueryKeys={invalidQueryKeys} canStart={connected && !unfinished} onStart={() => void start()} />
        <LiveReadouts snapshot={strap.snapshot} />
        <LiveChart beats={strap.snapshot.recent} />
      </div>
    </>
  );
}
