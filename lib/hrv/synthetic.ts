import type { ArtifactKind } from './types';

/** mulberry32: a tiny seeded PRNG, so synthetic tests and benchmarks are reproducible. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(rng: () => number): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Shapes of beat-to-beat noise: Gaussian, uniform (no tails) and Laplace (heavy, exponential tails). */
export type NoiseShape = 'gaussian' | 'uniform' | 'laplace';

export const NOISE_SHAPES: readonly NoiseShape[] = ['gaussian', 'uniform', 'laplace'];

/** One draw with mean 0 and variance 1. */
function unitNoise(rng: () => number, shape: NoiseShape): number {
  if (shape === 'uniform') return (2 * rng() - 1) * Math.sqrt(3);
  if (shape === 'laplace') {
    const u = rng() - 0.5;
    return (u < 0 ? 1 : -1) * Math.log(Math.max(1 - 2 * Math.abs(u), 1e-12)) * Math.SQRT1_2;
  }
  return gaussian(rng);
}

export interface SyntheticOptions {
  beats: number;
  meanHrBpm: number;
  seed: number;
  /** Respiratory modulation (ms amplitude, Hz). */
  breathingAmpMs?: number;
  breathingHz?: number;
  /** Baroreflex 0.1 Hz modulation amplitude (ms). */
  lfAmpMs?: number;
  /** Beat-to-beat white noise (ms SD). */
  noiseMs?: number;
}

/** A plausible clean RR series: slow drift + LF + respiratory sinus arrhythmia + noise. */
export function generateRr(options: SyntheticOptions): Float64Array {
  const rng = createRng(options.seed);
  const baseMs = 60000 / options.meanHrBpm;
  const scale = baseMs / 800; // slower hearts vary more in ms
  const breathAmp = (options.breathingAmpMs ?? 25) * scale;
  const breathHz = options.breathingHz ?? 0.25;
  const lfAmp = (options.lfAmpMs ?? 20) * scale;
  const noise = (options.noiseMs ?? 8) * scale;
  const out = new Float64Array(options.beats);
  let tS = 0;
  let drift = 0;
  const phaseB = rng() * 2 * Math.PI;
  const phaseL = rng() * 2 * Math.PI;
  for (let i = 0; i < options.beats; i++) {
    drift = 0.995 * drift + gaussian(rng) * 3 * scale;
    const rr = baseMs + drift + breathAmp * Math.sin(2 * Math.PI * breathHz * tS + phaseB) + lfAmp * Math.sin(2 * Math.PI * 0.1 * tS + phaseL) + noise * gaussian(rng);
    out[i] = rr;
    tS += rr / 1000;
  }
  return out;
}

export interface CalmRrOptions {
  beats: number;
  meanHrBpm: number;
  seed: number;
  /** RMSSD of the beat-to-beat noise alone (ms): white noise with SD noiseRmssdMs / √2. */
  noiseRmssdMs: number;
  noise?: NoiseShape;
  /** Amplitude (ms) of a slow breathing swing, 0 for none; RR = mean + amp · sin(2π f t) + noise. */
  breathingAmpMs?: number;
  /** Breathing rate; 0.1 Hz (6/min), the paced-breathing rate. */
  breathingHz?: number;
}

/**
 * A calm, regular rhythm with no artifact: a constant mean RR, an optional slow breathing swing and
 * white beat-to-beat noise of a chosen shape and size (no drift, no other modulation). The series a
 * detector must never "correct".
 */
export function generateCalmRr(options: CalmRrOptions): Float64Array {
  const rng = createRng(options.seed);
  const baseMs = 60000 / options.meanHrBpm;
  const sd = options.noiseRmssdMs / Math.SQRT2;
  const amp = options.breathingAmpMs ?? 0;
  const hz = options.breathingHz ?? 0.1;
  const shape = options.noise ?? 'gaussian';
  const phase = rng() * 2 * Math.PI;
  const out = new Float64Array(options.beats);
  let tS = 0;
  for (let i = 0; i < options.beats; i++) {
    const rr = baseMs + amp * Math.sin(2 * Math.PI * hz * tS + phase) + sd * unitNoise(rng, shape);
    out[i] = rr;
    tS += rr / 1000;
  }
  return out;
}

export interface InjectedEvent {
  /** RR index (in the output series) of the first interval the artifact changed. */
  index: number;
  kind: Exclude<ArtifactKind, 'long' | 'short'>;
}

/**
 * Injects missed, extra and ectopic beats into a clean series at random positions at least
 * `minSpacing` beats apart. missed: two intervals merged; extra: one interval split in two at
 * 30–70 %; ectopic: a premature beat (by `prematurity.min` … `min + width` of its interval, by
 * default 20–35 %) with its full compensatory pause (the pair keeps its total duration).
 */
export function injectArtifacts(
  clean: Float64Array,
  rate: number,
  seed: number,
  minSpacing = 8,
  prematurity: { min: number; width: number } = { min: 0.2, width: 0.15 },
): { rrMs: Float64Array; events: InjectedEvent[] } {
  const rng = createRng(seed);
  const out: number[] = [];
  const events: InjectedEvent[] = [];
  const kinds: InjectedEvent['kind'][] = ['missed', 'extra', 'ectopic'];
  let lastEvent = -minSpacing;
  // Keep the detector's edge zones (no ectopic/long/short calls on the first/last beats) clean.
  const margin = 5;
  for (let i = 0; i < clean.length; i++) {
    const rr = clean[i] as number;
    const next = clean[i + 1];
    const eligible = i >= margin && i < clean.length - margin && i - lastEvent >= minSpacing && next !== undefined;
    if (eligible && rng() < rate) {
      const kind = kinds[Math.floor(rng() * kinds.length)] as InjectedEvent['kind'];
      events.push({ index: out.length, kind });
      lastEvent = i;
      if (kind === 'missed') {
        out.push(rr + next);
        i++;
      } else if (kind === 'extra') {
        const f = 0.3 + 0.4 * rng();
        out.push(rr * f, rr * (1 - f));
      } else {
        const shift = rr * (prematurity.min + prematurity.width * rng());
        out.push(rr - shift, next + shift);
        i++;
      }
      continue;
    }
    out.push(rr);
  }
  return { rrMs: Float64Array.from(out), events };
}
