'use client';
import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useState } from 'react';
import { StrapCard } from '@/app/breathe/_components/strap-card';
import { LiveReadouts } from '@/app/breathe/_components/live-readouts';
import { SessionRun } from '@/app/breathe/_components/session-run';
import { StorageAlert } from '@/app/breathe/_components/storage-alert';
import { useLiveStrap } from '@/app/breathe/_components/use-live-strap';
import { getJournal } from '@/lib/session/journal/browser-journal';
import { toJournalError, type JournalErrorCode } from '@/lib/session/journal/journal-error';
import type { JournalSession } from '@/lib/session/journal/journal-types';
import { newJournalSession } from '@/lib/session/journal/session-lifecycle';
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
  const [storage, setStorage] = useState<JournalErrorCode | null>(null);
  const connected = strap.snapshot.status.status === 'connected';

  const start = useCallback(async () => {
    const client = strap.getClient();
    if (!client || client.status !== 'connected') return;
    const info = client.info;
    const session = newJournalSession({
      id: crypto.randomUUID(),
      owner: userId,
      protocol: { ...defaultProtocol, preset: 'custom', baselineS: overrideS ?? minutes * 60, breathingS: 0, recoveryS: 0 },
      device: info ? { kind: info.kind, name: info.name, bodySensorLocation: info.bodySensorLocation } : null,
      startedAtEpochMs: Date.now(),
      kind: 'morning-reading',
      posture,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    await (await getJournal()).createSession(session);
    setActive(session);
  }, [strap, userId, overrideS, minutes, posture]);

  const fail = useCallback((error: unknown) => {
    const coded = toJournalError(error);
    console.warn(`Herstel: the session journal failed (${coded.code})`, coded.cause ?? coded);
    setStorage(coded.code);
  }, []);

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
          onStart={() => void start().catch(fail)}
        />
        <LiveReadouts snapshot={strap.snapshot} />
      </div>
    </>
  );
}
