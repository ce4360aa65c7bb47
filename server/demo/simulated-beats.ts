// Beats as a strap would have recorded them, from the simulated heart of lib/ble (the one the simulated
// strap sends): the demo's sessions are made of these, and lib/hrv computes their numbers on upload.
import { SPONTANEOUS_BREATHING } from '@/lib/ble/breathing';
import { rrMsToRaw } from '@/lib/ble/encode-heart-rate';
import { createSimulatedHeart, type HrvProfile } from '@/lib/ble/simulated-strap';
import type { RecordedBeat } from '@/lib/session/protocol/record';

/** A session's paced part: breathing at 4 s in / 6 s out from `fromMs`, free breathing again from `untilMs`. */
export interface Pacing {
  fromMs: number;
  untilMs: number;
  /** How far the heart rate settles in the rest after breathing (bpm), reached over its first half minute. */
  settleBpm: number;
}

const settleRampMs = 30_000;

export function simulatedBeats(seed: number, meanHrBpm: number, hrv: HrvProfile, durationMs: number, pacing?: Pacing): RecordedBeat[] {
  const heart = createSimulatedHeart({ seed, meanHrBpm, hrv, ectopicRate: 0.003, missedRate: 0.002 });
  const beats: RecordedBeat[] = [];
  let stage: 'rest' | 'paced' | 'after' = 'rest';
  for (let beat = heart.nextBeat(); beat.tMs < durationMs; beat = heart.nextBeat()) {
    beats.push({ tMs: Math.round(beat.tMs), rrMs: beat.rrMs, rrRaw: rrMsToRaw(beat.rrMs) });
    if (!pacing || beat.tMs < pacing.fromMs) continue;
    // Switched as the pacer starts, not before: a pattern set ahead of time would pace the first rest too.
    if (stage === 'rest') heart.setBreathing({ inhaleS: 4, exhaleS: 6 }, pacing.fromMs);
    stage = stage === 'rest' ? 'paced' : stage;
    if (beat.tMs < pacing.untilMs) continue;
    // The pacer has stopped: the person breathes freely again, and a calmer heart slows a little.
    if (stage === 'paced') heart.setBreathing(SPONTANEOUS_BREATHING, beat.tMs);
    stage = 'after';
    heart.setMeanHr(meanHrBpm - pacing.settleBpm * Math.min(1, (beat.tMs - pacing.untilMs) / settleRampMs));
  }
  return beats;
}
