import { describe, expect, it } from 'vitest';
import { defaultPracticeS } from '@/lib/session/practice/practices';
import {
  applyProtocolQuery,
  applyProtocolValues,
  choosePractice,
  breathsPerMinute,
  defaultProtocol,
  detectPreset,
  parseProtocolQuery,
  protocolPresets,
  validateProtocol,
  withoutPractice,
} from './protocol';

describe('protocol presets', () => {
  it('rest rhythm is 6 breaths a minute and resonance about 5.5', () => {
    expect(breathsPerMinute(protocolPresets['rest-rhythm'])).toBe(6);
    expect(breathsPerMinute(protocolPresets.resonance)).toBeCloseTo(5.5, 1);
    expect(breathsPerMinute(protocolPresets.box)).toBeCloseTo(3.75, 5);
  });

  it('recognises a preset by its pattern and calls anything else custom', () => {
    expect(detectPreset({ inhaleS: 4, holdInS: 7, exhaleS: 8, holdOutS: 0 })).toBe('four-seven-eight');
    expect(detectPreset({ inhaleS: 5, holdInS: 0, exhaleS: 5, holdOutS: 0 })).toBe('custom');
  });
});

describe('parseProtocolQuery', () => {
  it('reads every key in seconds', () => {
    const parsed = parseProtocolQuery({ inhale: '4', exhale: '6', holdIn: '1.5', holdOut: '0', baseline: '20', breathing: '30', recovery: '20' });
    expect(parsed.invalid).toEqual([]);
    expect(parsed.values).toEqual({ inhaleS: 4, exhaleS: 6, holdInS: 1.5, holdOutS: 0, baselineS: 20, breathingS: 30, recoveryS: 20 });
  });

  it('ignores bad values and names them', () => {
    const parsed = parseProtocolQuery({ inhale: 'abc', exhale: '-3', breathing: '0', recovery: '99999', baseline: '1e3', holdIn: ['2', '3'] });
    expect(parsed.invalid.sort()).toEqual(['baseline', 'breathing', 'exhale', 'inhale', 'recovery']);
    expect(parsed.values).toEqual({ holdInS: 2 });
  });

  it('leaves out keys that are not there and unrelated keys', () => {
    expect(parseProtocolQuery({ seed: '42' })).toEqual({ values: {}, practice: null, invalid: [] });
  });
});

describe('applyProtocolValues', () => {
  it('lays query values over remembered ones and follows the preset', () => {
    const remembered = { ...defaultProtocol, ...protocolPresets.box, preset: 'box' as const, breathingS: 300 };
    const merged = applyProtocolValues(remembered, { inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 20 });
    expect(merged).toEqual({ ...defaultProtocol, baselineS: 20, breathingS: 300 });
    expect(applyProtocolValues(defaultProtocol, { exhaleS: 7 }).preset).toBe('custom');
  });
});

describe('validateProtocol', () => {
  it('accepts the default and rejects broken stored values', () => {
    expect(validateProtocol(defaultProtocol)).toEqual(defaultProtocol);
    expect(validateProtocol({ ...defaultProtocol, inhaleS: 0 })).toBeNull();
    expect(validateProtocol({ ...defaultProtocol, breathingS: 0 })).toBeNull();
    expect(validateProtocol('nonsense')).toBeNull();
  });
});

describe('a guided practice from the link', () => {
  it('reads ?practice= and refuses a name it does not know', () => {
    expect(parseProtocolQuery({ practice: 'pmr-short', breathing: '20' })).toMatchObject({ practice: 'pmr-short', values: { breathingS: 20 }, invalid: [] });
    expect(parseProtocolQuery({ practice: 'yoga' })).toMatchObject({ practice: null, invalid: ['practice'] });
    expect(parseProtocolQuery({}).practice).toBeNull();
  });

  it('takes the practice at its own length unless the link shortens it, and a rhythm link means paced breathing', () => {
    const bodyScan = applyProtocolQuery(defaultProtocol, { practice: 'body-scan' });
    expect(bodyScan).toMatchObject({ practice: 'body-scan', breathingS: defaultPracticeS('body-scan'), baselineS: 120 });
    expect(applyProtocolQuery(defaultProtocol, { practice: 'pmr-short', breathingS: 20, baselineS: 15 })).toMatchObject({ practice: 'pmr-short', breathingS: 20, baselineS: 15 });
    expect(applyProtocolQuery(bodyScan, { inhaleS: 5, exhaleS: 5 }).practice).toBeUndefined();
    // Lengths alone keep what was chosen before.
    expect(applyProtocolQuery(bodyScan, { baselineS: 60 }).practice).toBe('body-scan');
  });

  it('choosing a practice and going back to breathing', () => {
    const chosen = choosePractice(defaultProtocol, 'quiet');
    expect(chosen).toMatchObject({ practice: 'quiet', breathingS: defaultPracticeS('quiet'), inhaleS: 4, exhaleS: 6 });
    expect(validateProtocol(chosen)).toEqual(chosen);
    expect('practice' in withoutPractice(chosen)).toBe(false);
  });
});
