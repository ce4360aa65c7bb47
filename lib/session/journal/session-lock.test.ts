import { describe, expect, it } from 'vitest';
import { holdSessionLock, lockedSessionIds, sessionLockName, type SessionLocks } from './session-lock';
import { fakeLocks } from '@/lib/session/testing/fake-locks';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('session lock', () => {
  it('is held while recording and free once released', async () => {
    const locks = fakeLocks();
    const release = holdSessionLock('abc', locks);
    await flush();
    expect(await lockedSessionIds(locks)).toEqual(new Set(['abc']));
    expect((await locks.query()).held?.[0]?.name).toBe(sessionLockName('abc'));
    release();
    await flush();
    expect(await lockedSessionIds(locks)).toEqual(new Set());
  });

  it('without Web Locks holds nothing and sees nothing locked', async () => {
    holdSessionLock('abc', null)();
    expect(await lockedSessionIds(null)).toEqual(new Set());
  });

  it('Web Locks that refuse (an opaque origin: SecurityError) count as none, never as a failed session', async () => {
    const refusing = {
      request: () => {
        throw new DOMException('The request was denied.', 'SecurityError');
      },
      query: () => Promise.reject(new DOMException('The request was denied.', 'SecurityError')),
    } as unknown as SessionLocks;
    expect(() => holdSessionLock('abc', refusing)()).not.toThrow();
    expect(await lockedSessionIds(refusing)).toEqual(new Set());
  });
});
