// Lung volume over a paced breath, the drive of respiratory sinus arrhythmia in the simulated strap.

export interface BreathingPattern {
  inhaleS: number;
  exhaleS: number;
  holdInS?: number;
  holdOutS?: number;
}

/** Spontaneous breathing at rest, about 15 breaths a minute. */
export const SPONTANEOUS_BREATHING: BreathingPattern = { inhaleS: 1.6, exhaleS: 2.4 };

export function breathCycleS(pattern: BreathingPattern): number {
  return pattern.inhaleS + (pattern.holdInS ?? 0) + pattern.exhaleS + (pattern.holdOutS ?? 0);
}

/** Lung volume 0 (empty) … 1 (full) at `tMs` into a cycle; a half-cosine per phase, as a pacer draws it. */
export function lungVolume(pattern: BreathingPattern, tMs: number): number {
  const cycleMs = breathCycleS(pattern) * 1000;
  if (cycleMs <= 0) return 0.5;
  let t = tMs % cycleMs;
  if (t < 0) t += cycleMs;
  const inhaleMs = pattern.inhaleS * 1000;
  if (t < inhaleMs) return (1 - Math.cos((Math.PI * t) / inhaleMs)) / 2;
  t -= inhaleMs;
  const holdInMs = (pattern.holdInS ?? 0) * 1000;
  if (t < holdInMs) return 1;
  t -= holdInMs;
  const exhaleMs = pattern.exhaleS * 1000;
  if (t < exhaleMs) return (1 + Math.cos((Math.PI * t) / exhaleMs)) / 2;
  return 0;
}

/**
 * How much larger RSA gets at a breathing frequency: the cardiovascular system resonates near
 * 0.1 Hz (6 breaths/min), which is why slow paced breathing makes the heart swing most.
 */
export function resonanceGain(breathHz: number): number {
  return 1 + 1.5 * Math.exp(-(((breathHz - 0.1) / 0.05) ** 2));
}
