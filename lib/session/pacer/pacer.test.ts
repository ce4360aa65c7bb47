import { describe, expect, it } from 'vitest';
import { cycleStages, cycleStartsMs, pacerAt } from './pacer';

const restRhythm = { inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0 };
const box = { inhaleS: 4, holdInS: 4, exhaleS: 4, holdOutS: 4 };

describe('pacerAt', () => {
  it('inhales from empty to full, then exhales back', () => {
    expect(pacerAt(restRhythm, 0)).toMatchObject({ stage: 'inhale', volume: 0, cycleIndex: 0 });
    expect(pacerAt(restRhythm, 2000).volume).toBeCloseTo(0.5, 10);
    expect(pacerAt(restRhythm, 4000)).toMatchObject({ stage: 'exhale', volume: 1, stageRemainingMs: 6000 });
    expect(pacerAt(restRhythm, 7000).volume).toBeCloseTo(0.5, 10);
    expect(pacerAt(restRhythm, 10_000)).toMatchObject({ stage: 'inhale', cycleIndex: 1, volume: 0 });
  });

  it('holds full and empty in box breathing', () => {
    expect(pacerAt(box, 5000)).toMatchObject({ stage: 'holdIn', volume: 1 });
    expect(pacerAt(box, 13_000)).toMatchObject({ stage: 'holdOut', volume: 0 });
    expect(pacerAt(box, 13_000).stageProgress).toBeCloseTo(0.25, 10);
    expect(pacerAt(box, 8000).cycleProgress).toBeCloseTo(0.5, 10);
  });

  it('treats negative time as the start', () => {
    expect(pacerAt(restRhythm, -500)).toMatchObject({ stage: 'inhale', volume: 0 });
  });
});

describe('cycle helpers', () => {
  it('lists cycle starts inside the phase', () => {
    expect(cycleStartsMs(restRhythm, 30_000)).toEqual([0, 10_000, 20_000]);
    expect(cycleStartsMs(restRhythm, 30_001)).toEqual([0, 10_000, 20_000, 30_000]);
  });

  it('gives stage spans without empty holds', () => {
    expect(cycleStages(restRhythm)).toEqual([
      { stage: 'inhale', startMs: 0, endMs: 4000 },
      { stage: 'exhale', startMs: 4000, endMs: 10_000 },
    ]);
    expect(cycleStages(box)).toHaveLength(4);
  });
});
