import { describe, expect, it } from 'vitest';
import { createBackoff, createGapRecorder, RECONNECT_DELAYS_MS } from './backoff';

describe('createBackoff', () => {
  it('waits 1, 2, 4, 8, 16, 30 s, then needs the user', () => {
    const backoff = createBackoff();
    const steps = Array.from({ length: 8 }, () => backoff.next());
    expect(steps.slice(0, 6).map((s) => (s.kind === 'retry' ? s.delayMs : null))).toEqual([1000, 2000, 4000, 8000, 16000, 30000]);
    expect(steps.slice(0, 6).map((s) => (s.kind === 'retry' ? s.attempt : null))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(steps[6]).toEqual({ kind: 'needs-user' });
    expect(steps[7]).toEqual({ kind: 'needs-user' });
    expect(Math.max(...RECONNECT_DELAYS_MS)).toBe(30000);
  });

  it('starts over after reset', () => {
    const backoff = createBackoff([5, 10]);
    backoff.next();
    backoff.next();
    expect(backoff.attempts()).toBe(2);
    backoff.reset();
    expect(backoff.next()).toEqual({ kind: 'retry', delayMs: 5, attempt: 1 });
  });
});

describe('createGapRecorder', () => {
  it('records a gap from the first drop to the reconnect', () => {
    const gaps = createGapRecorder();
    gaps.open(1000);
    gaps.open(3000); // a failed retry does not move the start
    expect(gaps.isOpen()).toBe(true);
    expect(gaps.close(9000)).toEqual({ startMs: 1000, endMs: 9000 });
    expect(gaps.close(9500)).toBeNull();
    gaps.open(20_000);
    gaps.close(21_000);
    expect(gaps.gaps()).toEqual([
      { startMs: 1000, endMs: 9000 },
      { startMs: 20_000, endMs: 21_000 },
    ]);
    gaps.clear();
    expect(gaps.gaps()).toEqual([]);
  });
});
