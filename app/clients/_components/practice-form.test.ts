import { describe, expect, it } from 'vitest';
import { defaultPractice, fromFormValues, toFormValues, withPreset } from './practice-form';

describe('practice form', () => {
  it('round-trips a practice, breathing minutes becoming breathingS', () => {
    expect(fromFormValues(toFormValues(defaultPractice))).toEqual(defaultPractice);
  });

  it('fills a preset’s rhythm and detects a hand-typed one', () => {
    const box = withPreset(toFormValues(defaultPractice), 'box');
    expect(box).toMatchObject({ preset: 'box', inhaleS: '4', holdInS: '4', exhaleS: '4', holdOutS: '4' });
    expect(fromFormValues(box)?.protocol.preset).toBe('box');
    const typed = fromFormValues({ ...toFormValues(defaultPractice), inhaleS: '4,5', exhaleS: '6.4' });
    expect(typed?.protocol).toMatchObject({ inhaleS: 4.5, exhaleS: 6.4, preset: 'resonance' });
    expect(fromFormValues({ ...toFormValues(defaultPractice), exhaleS: '7' })?.protocol.preset).toBe('custom');
  });

  it('refuses values out of range', () => {
    const base = toFormValues(defaultPractice);
    expect(fromFormValues({ ...base, inhaleS: '0' })).toBeNull();
    expect(fromFormValues({ ...base, holdOutS: '31' })).toBeNull();
    expect(fromFormValues({ ...base, breathingMin: '0' })).toBeNull();
    expect(fromFormValues({ ...base, breathingMin: '2.5' })).toBeNull();
    expect(fromFormValues({ ...base, timesPerWeek: '15' })).toBeNull();
    expect(fromFormValues({ ...base, baselineMin: 'x' })).toBeNull();
    expect(fromFormValues({ ...base, recoveryMin: '61' })).toBeNull();
  });
});
