import { describe, expect, it } from 'vitest';
import { analyzeResonance, chooseResonanceRate } from './resonance';
import { peakedSwing, resonanceSeries } from './testing/resonance-series';

const assessment = resonanceSeries;

describe('analyzeResonance', () => {
  it('finds the rate where heart rate swings most (5.5 a minute here)', () => {
    const { beats, steps, pacerCycleStartsS } = assessment(peakedSwing(5.5));
    const result = analyzeResonance({ beats, steps, pacerCycleStartsS });
    expect(result.rateBpm).toBe(5.5);
    expect(result.steps.map((s) => s.rateBpm)).toEqual([6.5, 6, 5.5, 5, 4.5]);
    for (const step of result.steps) {
      expect(step.usable).toBe(true);
      expect(step.artifactPercent).toBeLessThanOrEqual(5);
      // The LF peak sits at the breathing rate (within the spectrum's resolution).
      expect(step.lfPeakHz!).toBeCloseTo(step.rateBpm / 60, 1);
    }
    const amplitudes = result.steps.map((s) => s.amplitudeBpm!);
    expect(Math.max(...amplitudes)).toBe(amplitudes[2]);
    // ±120 ms around 900 ms is about 66.7 → 58.8…76.9 bpm: a swing of roughly 16–18 bpm.
    expect(amplitudes[2]).toBeGreaterThan(14);
    expect(amplitudes[2]).toBeLessThan(20);
    expect(result.steps[2]!.lfMs2!).toBeGreaterThan(result.steps[0]!.lfMs2!);
  });

  it('follows the peak to another rate (4.5 a minute)', () => {
    const { beats, steps, pacerCycleStartsS } = assessment((rate) => 30 + 10 * (6.5 - rate));
    expect(analyzeResonance({ beats, steps, pacerCycleStartsS }).rateBpm).toBe(4.5);
  });

  it('leaves out a step with too many artifacts and says why', () => {
    const { beats, steps, pacerCycleStartsS } = assessment((rate) => (rate === 5.5 ? 120 : 40));
    // Every eighth beat of the 5.5 step doubled (a missed beat), far past 5 %.
    const broken = beats.map((b, i) => (b.tMs / 1000 >= steps[2]!.startS && b.tMs / 1000 < steps[2]!.endS && i % 8 === 0 ? { ...b, rrMs: b.rrMs * 1.9 } : b));
    const result = analyzeResonance({ beats: broken, steps, pacerCycleStartsS });
    expect(result.steps[2]!.usable).toBe(false);
    expect(result.steps[2]!.reasons).toContain('too-many-artifacts');
    expect(result.rateBpm).not.toBe(5.5);
  });

  it('has no result when no step has enough beats', () => {
    const { beats, steps, pacerCycleStartsS } = assessment(() => 60);
    const few = beats.filter((b) => steps.some((s) => b.tMs / 1000 >= s.startS && b.tMs / 1000 < s.startS + 12));
    const result = analyzeResonance({ beats: few, steps, pacerCycleStartsS });
    expect(result.rateBpm).toBeNull();
    for (const step of result.steps) expect(step.reasons).toContain('too-few-beats');
    expect(analyzeResonance({ beats: [], steps, pacerCycleStartsS }).steps[0]!.reasons).toEqual(['no-beats']);
  });
});

describe('chooseResonanceRate', () => {
  const step = (rateBpm: number, amplitudeBpm: number | null, lfPeakMs2: number | null, usable = true) => ({ rateBpm, amplitudeBpm, lfPeakMs2, usable });

  it('takes the largest amplitude', () => {
    expect(chooseResonanceRate([step(6.5, 8, 900), step(6, 12, 100), step(5.5, 10, 2000)])).toBe(6);
  });

  it('breaks a tie within 5 % by LF peak power, not beyond', () => {
    expect(chooseResonanceRate([step(6, 12, 100), step(5.5, 11.5, 2000)])).toBe(5.5);
    expect(chooseResonanceRate([step(6, 12, 100), step(5.5, 11.3, 2000)])).toBe(6);
  });

  it('lets the larger swing decide a tie when LF power is missing (steps too short for the spectrum)', () => {
    expect(chooseResonanceRate([step(6, 14, null), step(5.5, 14.3, null)])).toBe(5.5);
    expect(chooseResonanceRate([step(6, 14.3, 900), step(5.5, 14, null)])).toBe(6);
  });

  it('skips unusable steps; none usable is no result', () => {
    expect(chooseResonanceRate([step(6, 20, 100, false), step(5, 9, 50)])).toBe(5);
    expect(chooseResonanceRate([step(6, 20, 100, false)])).toBeNull();
    expect(chooseResonanceRate([])).toBeNull();
  });
});
