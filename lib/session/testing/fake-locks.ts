import type { SessionLocks } from '@/lib/session/journal/session-lock';

/** Web Locks as one origin sees them: exclusive locks by name, held while the callback's promise is pending. */
export function fakeLocks() {
  const held: string[] = [];
  const locks = {
    async request(name: string, _options: LockOptions, callback: (lock: Lock | null) => Promise<unknown>) {
      held.push(name);
      try {
        return await callback({ name, mode: 'exclusive' });
      } finally {
        held.splice(held.indexOf(name), 1);
      }
    },
    async query() {
      return { held: held.map((name) => ({ name, mode: 'exclusive' as const, clientId: 'other-tab' })), pending: [] };
    },
  };
  return locks as unknown as SessionLocks;
}
