// The resonance assessment: paced breathing at 6.5, 6.0, 5.5, 5.0 and 4.5 breaths a minute (Lehrer,
// Vaschillo & Vaschillo 2000; Shaffer & Meehan 2020), each step judged by how far heart rate swings with
// each breath and by the low-frequency power it produces. The rate where the heart swings most is the
// person's resonance rate: there the baroreflex and the breath reinforce each other.
import { integrateBand, peakBandPower, peakFrequency } from './band-power';
import { BANDS_HZ, computePowerSpectrum } from './spectrum';
import { correctedPhaseRr, summarizeSession } from './summary';
import type { GapMark } from './session-types';
import type { Beat } from './types';

export const RESONANCE_RATES_BPM = [6.5, 6, 5.5, 5, 4.5] as const;

/**
 * A step is compared only with enough signal: 30 beats, 3 paced breaths with an amplitude, and at most
 * 5 % of beats corrected as artifacts (the session phases' artifact limit). Amplitudes within 5 % of the
 * largest count as a tie, decided by LF peak power: the field's two criteria, in its order.
 */
export const RESONANCE_QUALITY = { minBeats: 30, minBreaths: 3, maxArtifactPercent: 5, tieFraction: 0.05 } as const;

export interface ResonanceStep {
  rateBpm: number;
  startS: number;
  endS: number;
}

export type ResonanceStepReason = 'no-beats' | 'too-few-beats' | 'too-few-breaths' | 'too-many-artifacts';

export interface ResonanceStepResult {
  rateBpm: number;
  startS: number;
  endS: number;
  beats: number;
  /** Paced breaths whose heart-rate swing could be measured. */
  breaths: number;
  /** Mean peak-to-trough heart rate per paced breath (bpm), artifact beats left out; null without breaths. */
  amplitudeBpm: number | null;
  /** Power in 0.04–0.15 Hz (ms²) of the corrected RR; null when the step is too short for the band. */
  lfMs2: number | null;
  /** Frequency of the largest LF bin (Hz); with paced breathing near the breathing rate. */
  lfPeakHz: number | null;
  /** Power within ±0.015 Hz of the LF peak (ms²): the tie-breaker. */
  lfPeakMs2: number | null;
  artifactPercent: number;
  usable: boolean;
  reasons: ResonanceStepReason[];
}

export interface ResonanceAnalysis {
  steps: ResonanceStepResult[];
  /** The chosen rate (breaths a minute), or null when no step is usable. */
  rateBpm: number | null;
}

const PEAK_HALF_WIDTH_HZ = 0.015;

export function analyzeResonance(input: { beats: readonly Beat[]; steps: readonly ResonanceStep[]; gaps?: readonly GapMark[]; pacerCycleStartsS: readonly number[] }): ResonanceAnalysis {
  const marks = input.steps.map((step) => ({ phase: 'breathing' as const, startS: step.startS, endS: step.endS }));
  const sessionInput = { beats: input.beats, phases: marks, gaps: input.gaps ?? [], pacerCycleStartsS: input.pacerCycleStartsS };
  const { phases } = summarizeSession(sessionInput);
  const steps = input.steps.map((step, i): ResonanceStepResult => {
    const phase = phases[i]!;
    const cycles = phase.rsa?.cycles.filter((c) => c.amplitudeBpm !== null) ?? [];
    const amplitudeBpm = cycles.length > 0 ? cycles.reduce((s, c) => s + c.amplitudeBpm!, 0) / cycles.length : null;
    const spectrum = computePowerSpectrum(correctedPhaseRr(sessionInput, marks[i]!));
    const lfPeak = spectrum ? peakFrequency(spectrum, BANDS_HZ.lf[0], BANDS_HZ.lf[1]) : Number.NaN;
    const reasons: ResonanceStepReason[] = [];
    if (phase.beats === 0) reasons.push('no-beats');
    else {
      if (phase.beats < RESONANCE_QUALITY.minBeats) reasons.push('too-few-beats');
      if (cycles.length < RESONANCE_QUALITY.minBreaths) reasons.push('too-few-breaths');
      if (phase.artifacts.percent > RESONANCE_QUALITY.maxArtifactPercent) reasons.push('too-many-artifacts');
    }
    return {
      rateBpm: step.rateBpm,
      startS: step.startS,
      endS: step.endS,
      beats: phase.beats,
      breaths: cycles.length,
      amplitudeBpm,
      lfMs2: spectrum ? integrateBand(spectrum, BANDS_HZ.lf[0], BANDS_HZ.lf[1]) : null,
      lfPeakHz: Number.isNaN(lfPeak) ? null : lfPeak,
      lfPeakMs2: spectrum && !Number.isNaN(lfPeak) ? peakBandPower(spectrum, lfPeak, PEAK_HALF_WIDTH_HZ) : null,
      artifactPercent: phase.artifacts.percent,
      usable: reasons.length === 0 && amplitudeBpm !== null,
      reasons,
    };
  });
  return { steps, rateBpm: chooseResonanceRate(steps) };
}

/** The usable step with the largest swing; steps within 5 % of it are decided by LF peak power. */
export function chooseResonanceRate(steps: readonly Pick<ResonanceStepResult, 'rateBpm' | 'amplitudeBpm' | 'lfPeakMs2' | 'usable'>[]): number | null {
  const usable = steps.filter((s) => s.usable && s.amplitudeBpm !== null);
  if (usable.length === 0) return null;
  const best = Math.max(...usable.map((s) => s.amplitudeBpm!));
  const close = usable.filter((s) => s.amplitudeBpm! >= best * (1 - RESONANCE_QUALITY.tieFraction));
  // Without an LF peak on both sides (steps too short for the spectrum) the larger swing still decides.
  const chosen = close.reduce((a, b) => {
    if (a.lfPeakMs2 !== null && b.lfPeakMs2 !== null && a.lfPeakMs2 !== b.lfPeakMs2) return b.lfPeakMs2 > a.lfPeakMs2 ? b : a;
    return b.amplitudeBpm! > a.amplitudeBpm! ? b : a;
  });
  return chosen.rateBpm;
}
