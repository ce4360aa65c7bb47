import { useCallback, useState } from 'react';
import { getJournal } from '@/lib/session/journal/browser-journal';
import { toJournalError, type JournalErrorCode } from '@/lib/session/journal/journal-error';
import type { JournalSession } from '@/lib/session/journal/journal-types';
import { newJournalSession, type NewSessionOptions } from '@/lib/session/journal/session-lifecycle';
import type { LiveStrapControls } from './use-live-strap';

/**
 * A new session on the connected strap — a breathing session, a morning reading, an assessment — written to
 * the journal before anything is recorded, so its first beat already has a place. Null without a strap.
 * Only fails when not even this tab's memory can take it (the journal falls back to memory on its own).
 */
export async function startJournalSession(strap: LiveStrapControls, options: Omit<NewSessionOptions, 'id' | 'device' | 'startedAtEpochMs' | 'timeZone'>): Promise<JournalSession | null> {
  const client = strap.getClient();
  if (!client || client.status !== 'connected') return null;
  const info = client.info;
  const session = newJournalSession({
    ...options,
    id: crypto.randomUUID(),
    device: info ? { kind: info.kind, name: info.name, bodySensorLocation: info.bodySensorLocation } : null,
    startedAtEpochMs: Date.now(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  await (await getJournal()).createSession(session);
  return session;
}

/** Why the browser is not keeping sessions (they then live in this tab only), the handler that learns it, and a setter. */
export function useJournalFailure(): [JournalErrorCode | null, (error: unknown) => void, (code: JournalErrorCode | null) => void] {
  const [storage, setStorage] = useState<JournalErrorCode | null>(null);
  const fail = useCallback((error: unknown) => {
    const coded = toJournalError(error);
    console.warn(`Herstel: the session journal failed (${coded.code})`, coded.cause ?? coded);
    setStorage(coded.code);
  }, []);
  return [storage, fail, setStorage];
}
