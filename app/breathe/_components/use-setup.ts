import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { BreathingProtocol } from '@/lib/session/protocol/record';
import { applyProtocolQuery } from '@/lib/session/protocol/protocol';
import { parseSetup, saveSetup, setupStorageKey, type SetupPreferences } from '@/lib/session/runner/setup-preferences';

function subscribe(listener: () => void) {
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/**
 * The set-up: this person's remembered choices (localStorage), with a protocol from the link laid over
 * them until the person changes something; every change is remembered.
 */
export function useSetup(person: string | null, queryProtocol: Partial<BreathingProtocol>) {
  const key = setupStorageKey(person);
  const raw = useSyncExternalStore(
    subscribe,
    () => localStorage.getItem(key),
    () => null,
  );
  // The person's own edits win (and work even where storage is refused, e.g. some private modes).
  const [edited, setEdited] = useState<SetupPreferences | null>(null);
  const setup = useMemo(() => {
    if (edited) return edited;
    const remembered = parseSetup(raw);
    return { ...remembered, protocol: applyProtocolQuery(remembered.protocol, queryProtocol) };
  }, [raw, edited, queryProtocol]);

  const setSetup = useCallback(
    (next: SetupPreferences) => {
      setEdited(next);
      saveSetup(localStorage, person, next);
    },
    [person],
  );

  return [setup, setSetup] as const;
}
