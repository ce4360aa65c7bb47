// A simulated heart, beat by beat, for people without a strap and for tests. Pure and seeded:
// the same options and calls give the same beats. Heart rate = set mean + RSA + LF + VLF waves;
// RR = 60000 / rate + beat-to-beat noise; then ectopic and missed beats are injected.
import { breathCycleS, lungVolume, resonanceGain, SPONTANEOUS_BREATHING, type BreathingPattern } from './breathing';
import { createRandom } from './prng';

export type HrvLevel = 'low' | 'normal' | 'high';

export interface HrvProfile {
  /** RSA amplitude (half peak-to-peak) in bpm at spontaneous breathing; ×2.5 at 6 breaths/min. */
  rsaBpm: number;
  lfBpm: number;
  vlfBpm: number;
  /** Beat-to-beat white noise, sd in ms. */
  noiseMs: number;
}

/** At 65 bpm and rest, RMSSD comes out near 20 / 38 / 74 ms; a lower heart rate gives more. */
export const HRV_PROFILES: Record<HrvLevel, HrvProfile> = {
  low: { rsaBpm: 1.5, lfBpm: 1, vlfBpm: 1.5, noiseMs: 4 },
  normal: { rsaBpm: 3, lfBpm: 2, vlfBpm: 2.5, noiseMs: 8 },
  high: { rsaBpm: 6, lfBpm: 3, vlfBpm: 3, noiseMs: 12 },
};

export interface SimulatedHeartOptions {
  seed?: number;
  meanHrBpm?: number;
  hrv?: HrvLevel | HrvProfile;
  breathing?: BreathingPattern;
  /** Fraction of beats that are premature (ectopic), each followed by a compensatory pause. */
  ectopicRate?: number;
  /** Fraction of beats the strap misses, reported merged with the next one. */
  missedRate?: number;
}

export type SimulatedBeatKind = 'normal' | 'ectopic' | 'compensatory' | 'missed';

export interface SimulatedBeat {
  /** Time of the beat since the simulation started. */
  tMs: number;
  rrMs: number;
  kind: SimulatedBeatKind;
}

export interface SimulatedHeart {
  nextBeat(): SimulatedBeat;
  /** Paced breathing whose first inhale starts at `startMs` (default: the last beat's time). */
  setBreathing(pattern: BreathingPattern, startMs?: number): void;
  /** Couples RSA to an external pacer: `volumeAt(tMs)` gives lung volume 0…1 at simulation time. */
  followBreathing(volumeAt: (tMs: number) => number, cycleS: number): void;
  setMeanHr(bpm: number): void;
}

const RSA_LAG_MS = 500;
const MIN_HR_BPM = 30;
const MIN_RR_MS = 300;
const MAX_RR_MS = 2000;

export function createSimulatedHeart(options: SimulatedHeartOptions = {}): SimulatedHeart {
  const random = createRandom(options.seed ?? 1);
  const profile = typeof options.hrv === 'object' ? options.hrv : HRV_PROFILES[options.hrv ?? 'normal'];
  const ectopicRate = options.ectopicRate ?? 0.003;
  const missedRate = options.missedRate ?? 0.002;
  let meanHrBpm = options.meanHrBpm ?? 65;
  // Two slow waves each, at randomised frequencies and phases, so no two seeds look alike.
  const waves = [
    { amplitude: profile.lfBpm, hz: random.between(0.07, 0.12), phase: random.between(0, 2 * Math.PI) },
    { amplitude: profile.vlfBpm * 0.7, hz: random.between(0.015, 0.035), phase: random.between(0, 2 * Math.PI) },
    { amplitude: profile.vlfBpm * 0.5, hz: random.between(0.004, 0.012), phase: random.between(0, 2 * Math.PI) },
  ];

  let volumeAt = (tMs: number) => lungVolume(SPONTANEOUS_BREATHING, tMs);
  let rsaGain = 1;
  let tMs = 0;
  let drive = 0;
  let compensationMs: number | null = null;

  function setBreathing(pattern: BreathingPattern, startMs = tMs) {
    volumeAt = (t) => lungVolume(pattern, t - startMs);
    rsaGain = resonanceGain(1 / breathCycleS(pattern));
  }
  setBreathing(options.breathing ?? SPONTANEOUS_BREATHING, 0);

  /** The sinus rhythm's next interval, advancing the RSA drive but not the clock. */
  function sinusRrMs(atMs: number, previousRrMs: number): number {
    // First-order lag: heart rate follows lung volume about half a second late, as vagal RSA does.
    drive += (1 - Math.exp(-previousRrMs / RSA_LAG_MS)) * (2 * volumeAt(atMs) - 1 - drive);
    let modulationBpm = profile.rsaBpm * rsaGain * drive;
    for (const wave of waves) modulationBpm += wave.amplitude * Math.sin(2 * Math.PI * wave.hz * (atMs / 1000) + wave.phase);
    // Modulating the beat rate (not RR) keeps beats per minute, 60000 / mean RR, at meanHrBpm.
    const rrMs = 60000 / Math.max(MIN_HR_BPM, meanHrBpm + modulationBpm) + profile.noiseMs * random.gaussian();
    return Math.min(MAX_RR_MS, Math.max(MIN_RR_MS, rrMs));
  }

  let lastRrMs = 60000 / meanHrBpm;

  function nextBeat(): SimulatedBeat {
    let kind: SimulatedBeatKind = 'normal';
    let rrMs = sinusRrMs(tMs, lastRrMs);
    if (compensationMs !== null) {
      // Full compensatory pause: premature + compensatory spans two sinus intervals.
      rrMs = Math.max(MIN_RR_MS, 2 * rrMs - compensationMs);
      compensationMs = null;
      kind = 'compensatory';
    } else if (random.next() < ectopicRate) {
      rrMs *= random.between(0.6, 0.75);
      compensationMs = rrMs;
      kind = 'ectopic';
    } else if (random.next() < missedRate) {
      rrMs += sinusRrMs(tMs + rrMs, rrMs);
      kind = 'missed';
    }
    lastRrMs = rrMs;
    tMs += rrMs;
    return { tMs, rrMs, kind };
  }

  return {
    nextBeat,
    setBreathing,
    followBreathing(externalVolumeAt, cycleS) {
      volumeAt = externalVolumeAt;
      rsaGain = resonanceGain(1 / cycleS);
    },
    setMeanHr(bpm) {
      meanHrBpm = bpm;
    },
  };
}
