// The resonance assessment's plan: five paced steps from 6.5 down to 4.5 breaths a minute with a rest
// between them. Pure, shared by the /resonance page, the recorder and the server's validation.
import { RESONANCE_RATES_BPM } from '@/lib/hrv/resonance';
import type { BreathPattern } from './protocol';
import type { BreathingProtocol } from './record';

/**
 * Two minutes a step is the field's usual trial (Lehrer et al. 2000; Shaffer & Meehan 2020): a dozen
 * breaths at each rate. A minute of ordinary breathing between steps lets the previous rhythm die out
 * of the heart rate and lets the slight light-headedness of slow deep breaths pass before the next rate.
 * `step` and `rest` in the query string shorten both (tests, demonstrations).
 */
export const resonanceLimits = {
  stepS: { min: 10, max: 300, default: 120 },
  restS: { min: 0, max: 180, default: 60 },
} as const;

/** Inhale about 4 parts of 10, exhale 6 (6.0 a minute = 4 s in, 6 s out), to a tenth of a second. */
export function resonancePattern(rateBpm: number): BreathPattern {
  const cycleS = 60 / rateBpm;
  const inhaleS = Math.round(cycleS * 4) / 10;
  return { inhaleS, holdInS: 0, exhaleS: Math.round((cycleS - inhaleS) * 10) / 10, holdOutS: 0 };
}

export function isResonanceRate(rateBpm: number): boolean {
  return (RESONANCE_RATES_BPM as readonly number[]).includes(rateBpm);
}

export interface ResonancePlanStep {
  phase: 'breathing' | 'recovery';
  durationMs: number;
  pattern?: BreathPattern;
}

/** Step, rest, step, … step: a rest only between steps, none after the last. */
export function resonancePlan(stepS: number, restS: number): ResonancePlanStep[] {
  return RESONANCE_RATES_BPM.flatMap((rateBpm, i): ResonancePlanStep[] => {
    const step: ResonancePlanStep = { phase: 'breathing', durationMs: stepS * 1000, pattern: resonancePattern(rateBpm) };
    return i === 0 || restS === 0 ? [step] : [{ phase: 'recovery', durationMs: restS * 1000 }, step];
  });
}

/** The protocol stored with the assessment: its first step's rhythm and the time spent breathing and resting. */
export function resonanceProtocol(stepS: number, restS: number): BreathingProtocol {
  const steps = RESONANCE_RATES_BPM.length;
  return { preset: 'custom', ...resonancePattern(RESONANCE_RATES_BPM[0]), baselineS: 0, breathingS: steps * stepS, recoveryS: (steps - 1) * restS };
}
