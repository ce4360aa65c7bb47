import { describe, expect, it } from 'vitest';
import type { PhaseStats, ShiftView } from './session-view';
import { qualityCause } from './quality-cause';

function phase(overrides: Partial<PhaseStats>): PhaseStats {
  return {
    phase: 'baseline', startS: 0, endS: 120, beats: 150, analysedS: 120, meanHrBpm: 62, rmssdMs: 40, lnRmssd: 3.7,
    artifactPercent: 0, coherence: null, coherencePeakHz: null, rsaMeanBpm: null, rsaCycles: 0, qualityOk: true, qualityReasons: [],
    ...overrides,
  };
}
const shift = (qualityReasons: ShiftView['qualityReasons'] = []): ShiftView => ({
  baselineRmssdMs: 40, recoveryRmssdMs: 45, rmssdMs: 5, percent: 12, lnRmssd: 0.1, qualityOk: qualityReasons.length === 0, qualityReasons,
});

describe('qualityCause', () => {
  it('is nothing when every phase is fine', () => {
    expect(qualityCause({ cautions: [], shift: shift() })).toBeNull();
  });

  it('calls a rest set shorter than a minute a short phase, not the signal', () => {
    const short = phase({ endS: 30, analysedS: 29, beats: 36, qualityOk: false, qualityReasons: ['too-short'] });
    expect(qualityCause({ cautions: [short], shift: shift(['baseline-flagged']) })).toBe('short-phase');
  });

  it('blames the signal for artifacts, even in a short rest', () => {
    const noisy = phase({ endS: 30, qualityOk: false, qualityReasons: ['too-short', 'too-many-artifacts'] });
    expect(qualityCause({ cautions: [noisy], shift: shift(['baseline-flagged']) })).toBe('signal');
  });

  it('blames the signal when a long rest has too little clean signal', () => {
    const lost = phase({ endS: 120, analysedS: 40, qualityOk: false, qualityReasons: ['too-short'] });
    expect(qualityCause({ cautions: [lost], shift: shift(['baseline-flagged']) })).toBe('signal');
  });

  it('says a missing rest means the session ended early', () => {
    expect(qualityCause({ cautions: [], shift: shift(['missing-recovery']) })).toBe('ended-early');
  });
});
