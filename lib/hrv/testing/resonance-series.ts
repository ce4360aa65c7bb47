// A resonance assessment whose answer is known: five paced steps with rests between; during a step RR
// swings with the breath at that step's rate by `swingMs(rate)`, the way RSA grows near a person's
// resonance. For tests only.
import { RESONANCE_RATES_BPM, type ResonanceStep } from '../resonance';
import { createRng } from '../synthetic';
import type { Beat } from '../types';

export function resonanceSeries(swingMs: (rateBpm: number) => number, options: { stepS?: number; restS?: number; seed?: number; noiseMs?: number } = {}) {
  const stepS = options.stepS ?? 120;
  const restS = options.restS ?? 60;
  const rng = createRng(options.seed ?? 1);
  const steps: ResonanceStep[] = RESONANCE_RATES_BPM.map((rateBpm, i) => ({ rateBpm, startS: i * (stepS + restS), endS: i * (stepS + restS) + stepS }));
  const pacerCycleStartsS = steps.flatMap((s) => {
    const cycleS = 60 / s.rateBpm;
    return Array.from({ length: Math.ceil(stepS / cycleS) }, (_, k) => s.startS + k * cycleS).filter((t) => t < s.endS);
  });
  const beats: Beat[] = [];
  const endS = steps[steps.length - 1]!.endS;
  let tS = 0;
  while (tS < endS) {
    const step = steps.find((s) => tS >= s.startS && tS < s.endS);
    const swing = step ? swingMs(step.rateBpm) * Math.sin((2 * Math.PI * (tS - step.startS) * step.rateBpm) / 60) : 0;
    const rrMs = 900 + swing + (options.noiseMs ?? 6) * (rng() - 0.5);
    if (tS + rrMs / 1000 > endS) break;
    tS += rrMs / 1000;
    beats.push({ tMs: Math.round(tS * 1000), rrMs });
  }
  return { beats, steps, pacerCycleStartsS, endS };
}

/** A swing that peaks at `peakBpm` breaths a minute. */
export const peakedSwing = (peakBpm: number) => (rateBpm: number) => 40 + 80 * Math.exp(-(((rateBpm - peakBpm) / 0.6) ** 2));
