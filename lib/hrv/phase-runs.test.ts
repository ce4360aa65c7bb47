import { describe, expect, it } from 'vitest';
import { splitIntoRuns } from './phase-runs';

const beats = [1000, 2000, 3000, 4000, 9000, 10000, 11000].map((tMs) => ({ tMs, rrMs: 1000 }));

describe('splitIntoRuns', () => {
  it('keeps the beat that ends where a gap starts and drops the one whose RR reaches into it', () => {
    // The strap dropped at 4 s (right after its last beat) and was back at 8.5 s.
    const runs = splitIntoRuns(beats, 0, 20, [{ startS: 4, endS: 8.5 }]);
    expect(runs.map((run) => run.map((b) => b.tMs))).toEqual([
      [1000, 2000, 3000, 4000],
      [10000, 11000],
    ]);
  });

  it('splits where beats are missing even without a marked gap, and keeps to the phase', () => {
    const runs = splitIntoRuns(beats, 2, 11, []);
    expect(runs.map((run) => run.map((b) => b.tMs))).toEqual([[2000, 3000, 4000], [9000, 10000]]);
  });
});
