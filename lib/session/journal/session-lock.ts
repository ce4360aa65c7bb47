// One tab records a session at a time: the recording tab holds a Web Lock named after the session, and
// another tab's resume offer leaves a locked session alone. Without Web Locks (missing, or refused as in
// an opaque origin) nothing is held or seen: the session still records, only the cross-tab guard is gone.

export type SessionLocks = Pick<LockManager, 'request' | 'query'>;

const PREFIX = 'herstel-session:';

export const sessionLockName = (id: string) => `${PREFIX}${id}`;

function browserLocks(): SessionLocks | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
}

/** Holds the session's lock (exclusive) until the returned function is called; the browser frees it on unload. */
export function holdSessionLock(id: string, locks: SessionLocks | null = browserLocks()): () => void {
  if (!locks) return () => undefined;
  let release: () => void = () => undefined;
  const recording = new Promise<void>((resolve) => (release = resolve));
  try {
    locks.request(sessionLockName(id), { mode: 'exclusive' }, () => recording).catch(() => undefined);
  } catch {
    // An implementation that throws instead of rejecting: the same "no lock", never a failed session.
  }
  return release;
}

/** Ids of the sessions a tab is recording now (their lock held, or asked for). */
export async function lockedSessionIds(locks: SessionLocks | null = browserLocks()): Promise<Set<string>> {
  if (!locks) return new Set();
  const snapshot = await new Promise<LockManagerSnapshot>((resolve) => resolve(locks.query())).catch(() => null);
  if (!snapshot) return new Set();
  const { held = [], pending = [] } = snapshot;
  const names = [...held, ...pending].map((lock) => lock.name ?? '');
  return new Set(names.filter((name) => name.startsWith(PREFIX)).map((name) => name.slice(PREFIX.length)));
}
