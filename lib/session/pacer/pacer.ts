// Pacer math: where in the breath a person is at a moment of the breathing phase. Pure, so the pacer
// animation, the cues, the simulated strap's RSA and the recorded cycle starts all agree.
import { breathCycleS, type BreathPattern } from '@/lib/session/protocol/protocol';

export type BreathStage = 'inhale' | 'holdIn' | 'exhale' | 'holdOut';

export interface PacerState {
  stage: BreathStage;
  /** 0 at the start of the stage … 1 at its end. */
  stageProgress: number;
  stageRemainingMs: number;
  stageDurationMs: number;
  /** Lung volume 0 (empty) … 1 (full): a half-cosine on inhale and exhale, flat on holds. */
  volume: number;
  /** Completed cycles before this one (0 in the first breath). */
  cycleIndex: number;
  /** 0 … 1 through the whole breath. */
  cycleProgress: number;
}

const stages: readonly { stage: BreathStage; key: keyof BreathPattern }[] = [
  { stage: 'inhale', key: 'inhaleS' },
  { stage: 'holdIn', key: 'holdInS' },
  { stage: 'exhale', key: 'exhaleS' },
  { stage: 'holdOut', key: 'holdOutS' },
];

/** The pacer at `tMs` since the breathing phase began (phase time: pauses do not count). */
export function pacerAt(pattern: BreathPattern, tMs: number): PacerState {
  const cycleMs = breathCycleS(pattern) * 1000;
  const t = Math.max(0, tMs);
  const cycleIndex = Math.floor(t / cycleMs);
  let within = t - cycleIndex * cycleMs;
  const cycleProgress = within / cycleMs;
  for (const { stage, key } of stages) {
    const durationMs = pattern[key] * 1000;
    if (durationMs <= 0) continue;
    if (within < durationMs) {
      const p = within / durationMs;
      return {
        stage,
        stageProgress: p,
        stageRemainingMs: durationMs - within,
        stageDurationMs: durationMs,
        volume: volumeIn(stage, p),
        cycleIndex,
        cycleProgress,
      };
    }
    within -= durationMs;
  }
  // Floating-point edge at the very end of a cycle: the next one starts.
  return pacerAt(pattern, (cycleIndex + 1) * cycleMs);
}

function volumeIn(stage: BreathStage, progress: number): number {
  switch (stage) {
    case 'inhale':
      return (1 - Math.cos(Math.PI * progress)) / 2;
    case 'holdIn':
      return 1;
    case 'exhale':
      return (1 + Math.cos(Math.PI * progress)) / 2;
    case 'holdOut':
      return 0;
  }
}

/** Phase times (ms) at which breath cycles start within [0, durationMs). */
export function cycleStartsMs(pattern: BreathPattern, durationMs: number): number[] {
  const cycleMs = breathCycleS(pattern) * 1000;
  const out: number[] = [];
  for (let t = 0; t < durationMs; t += cycleMs) out.push(t);
  return out;
}

/** Stage spans [startMs, endMs) of one cycle, relative to its start: for shading inhale and exhale on a chart. */
export function cycleStages(pattern: BreathPattern): { stage: BreathStage; startMs: number; endMs: number }[] {
  const out: { stage: BreathStage; startMs: number; endMs: number }[] = [];
  let at = 0;
  for (const { stage, key } of stages) {
    const durationMs = pattern[key] * 1000;
    if (durationMs <= 0) continue;
    out.push({ stage, startMs: at, endMs: at + durationMs });
    at += durationMs;
  }
  return out;
}
