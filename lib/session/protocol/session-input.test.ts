import { describe, expect, it } from 'vitest';
import { summarizeSession } from '@/lib/hrv';
import { toSessionInput } from './session-input';
import { makeUpload } from '@/lib/session/testing/make-upload';

describe('toSessionInput', () => {
  it('converts the session clock from ms to s and keeps the beats in ms', () => {
    const input = toSessionInput(makeUpload({ pacerCycleStartsMs: [10_000, 20_000] }));
    expect(input.beats[0]).toEqual({ tMs: 1000, rrMs: 1000 });
    expect(input.beats).toHaveLength(30);
    expect(input.phases).toEqual([
      { phase: 'baseline', startS: 0, endS: 10 },
      { phase: 'breathing', startS: 10, endS: 20 },
      { phase: 'recovery', startS: 20, endS: 30 },
    ]);
    expect(input.pacerCycleStartsS).toEqual([10, 20]);
  });

  it('treats pauses like connection gaps, in time order', () => {
    const input = toSessionInput(
      makeUpload({ gaps: [{ startMs: 15_000, endMs: 16_500 }], pauses: [{ startMs: 4_000, endMs: 6_000 }] }),
    );
    expect(input.gaps).toEqual([
      { startS: 4, endS: 6 },
      { startS: 15, endS: 16.5 },
    ]);
  });

  it('leaves beats in a pause out of the analysis', () => {
    const plain = summarizeSession(toSessionInput(makeUpload()));
    const paused = summarizeSession(toSessionInput(makeUpload({ pauses: [{ startMs: 2_500, endMs: 5_500 }] })));
    expect(paused.phases[0]?.beats).toBe((plain.phases[0]?.beats ?? 0) - 4);
  });
});
