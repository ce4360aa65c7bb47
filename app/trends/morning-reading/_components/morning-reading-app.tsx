'use client';
import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useState } from 'react';
import { useOneAtATime } from '@/app/_components/use-one-at-a-time';
import { StrapCard } from '@/app/breathe/_components/strap-card';
import { LiveReadouts } from '@/app/breathe/_components/live-readouts';
import { SessionRun } from '@/app/breathe/_components/session-run';
import { StorageAlert } from '@/app/breathe/_components/storage-alert';
import { useLiveStrap } from '@/app/breathe/_components/use-live-strap';
import { startJournalSession, useJournalFailure } from '@/app/breathe/_components/start-journal-session';
import type { JournalSession } from '@/lib/session/journal/journal-types';
import { defaultCues } from '@/lib/session/runner/setup-preferences';
import { defaultProtocol } from '@/lib/session/protocol/protocol';
import { makeReadingResult, type NormalRange } from './morning-reading-result';
import { ReadingSetup, type Posture } from './reading-setup';

interface Props {
  simulationSeed: number | null;
  /** A shorter rest from the query string (tests, demonstrations); null = the person chooses 1–3 minutes. */
  overrideS: number | null;
  userId: string | null;
  range: NormalRange | null;
}

/** A rest-only reading: the same strap, journal, upload and quality rules as a breathing session. */
export function MorningReadingApp({ simulationSeed, overrideS, userId, range }: Props) {
  const t = useTranslations('morningReading');
  const strap = useLiveStrap({ simulationSeed });
  const [minutes, setMinutes] = useState(2);
  const [posture, setPosture] = useState<Posture>('lying');
  const [active, setActive] = useState<JournalSession | null>(null);
  const [storage, fail] = useJournalFailure();
  // One write at a time: a double-click on Start would leave a second, empty session behind as interrupted.
  const once = useOneAtATime();
  const connected = strap.snapshot.status.status === 'connected';

  const start = useCallback(async () => {
    const session = await startJournalSession(strap, {
      owner: userId,
      protocol: { ...defaultProtocol, preset: 'custom', baselineS: overrideS ?? minutes * 60, breathingS: 0, recoveryS: 0 },
      kind: 'morning-reading',
      posture,
    });
    if (session) setActive(session);
  }, [strap, userId, overrideS, minutes, posture]);

  const Outcome = useMemo(() => makeReadingResult(range, userId !== null), [range, userId]);

  if (active) return <SessionRun key={active.id} initial={active} strap={strap} cues={defaultCues} onClose={() => setActive(null)} Outcome={Outcome} />;
  return (
    <>
      {storage ? <StorageAlert code={storage} moment="setup" /> : null}
      {userId === null ? (
        <p className="hint" data-testid="reading-guest-note">
          {t('guest')}
        </p>
      ) : null}
      <div className="live-layout">
        <StrapCard strap={strap} locked={false} />
        <ReadingSetup
          minutes={minutes}
          posture={posture}
          overrideS={overrideS}
          canStart={connected}
          onMinutes={setMinutes}
          onPosture={setPosture}
          onStart={() => void once(start).catch(fail)}
        />
        <LiveReadouts snapshot={strap.snapshot} />
      </div>
    </>
  );
}
