import { describe, expect, it } from 'vitest';
import { makeResonanceUpload } from '@/lib/session/testing/resonance-upload';
import { advance, currentPattern, startPlan } from '@/lib/session/runner/session-runner';
import { breathsPerMinute } from './protocol';
import { resonancePattern, resonancePlan } from './resonance';
import { sessionUploadSchema } from './upload-schema';

describe('resonancePattern', () => {
  it('breathes about 4 parts in and 6 out, at the step’s rate to a tenth of a second', () => {
    expect(resonancePattern(6)).toEqual({ inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0 });
    for (const rate of [6.5, 6, 5.5, 5, 4.5]) expect(breathsPerMinute(resonancePattern(rate))).toBeCloseTo(rate, 1);
  });
});

describe('resonancePlan in the runner', () => {
  it('runs step, rest, step … with each step’s own rhythm', () => {
    const plan = resonancePlan(120, 60);
    expect(plan.map((p) => p.phase)).toEqual(['breathing', 'recovery', 'breathing', 'recovery', 'breathing', 'recovery', 'breathing', 'recovery', 'breathing']);
    const protocol = { inhaleS: 1, holdInS: 0, exhaleS: 1, holdOutS: 0 };
    let runner = startPlan(plan, 0);
    expect(currentPattern(runner, protocol)).toEqual(resonancePattern(6.5));
    runner = advance(runner, 120_000);
    expect(currentPattern(runner, protocol)).toBe(protocol);
    runner = advance(runner, 180_000);
    expect(currentPattern(runner, protocol)).toEqual(resonancePattern(6));
    runner = advance(runner, 5 * 120_000 + 4 * 60_000);
    expect(runner.status).toBe('done');
    expect(runner.phases).toHaveLength(9);
  });

  it('has no rests when rest is 0', () => {
    expect(resonancePlan(30, 0).every((p) => p.phase === 'breathing')).toBe(true);
  });
});

describe('a resonance upload', () => {
  it('is valid as recorded, and one ended early after any step', () => {
    const upload = makeResonanceUpload();
    expect(sessionUploadSchema.safeParse(upload).success).toBe(true);
    const early = { ...upload, phases: upload.phases.slice(0, 3), durationMs: upload.phases[2]!.endMs, beats: upload.beats.filter((b) => b.tMs <= upload.phases[2]!.endMs), endedEarly: true };
    expect(sessionUploadSchema.safeParse(early).success).toBe(true);
  });

  it('is refused with rests out of place, overlapping steps or rates that are not the assessment’s', () => {
    const upload = makeResonanceUpload();
    const rest = { ...upload.phases[1]! };
    expect(sessionUploadSchema.safeParse({ ...upload, phases: [rest, ...upload.phases] }).success).toBe(false);
    const overlapping = upload.phases.map((p, i) => (i === 2 ? { ...p, startMs: p.startMs - 90_000 } : p));
    expect(sessionUploadSchema.safeParse({ ...upload, phases: overlapping }).success).toBe(false);
    expect(sessionUploadSchema.safeParse({ ...upload, resonanceRatesBpm: [6.5, 6, 5.5, 5, 4] }).success).toBe(false);
    expect(sessionUploadSchema.safeParse({ ...upload, kind: 'breathing' }).success).toBe(false);
  });
});
