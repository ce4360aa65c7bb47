// Places beats on the session clock. A strap reports RR intervals, not beat times, and its packets
// arrive with a BLE latency that varies by up to a second, so beat times follow the running sum of
// RR (exact spacing) and are only re-anchored to arrival time when the sum can no longer be trusted.
import type { RrInterval } from './parse-heart-rate';

export interface Beat {
  /** Beat time on the session clock (same origin as the arrival times given to `push`). */
  tMs: number;
  rrMs: number;
  /** RR in 1/1024 s as the strap sent it. */
  rrRaw: number;
}

/**
 * Why the beats of a step were placed by arrival time instead of the running sum:
 * 'start' first beats; 'gap' after a recorded disconnect; 'drift' the sum and the clock disagreed
 * by more than the tolerance (lost packets, a strap that dropped beats, or clock skew).
 */
export type AnchorReason = 'start' | 'gap' | 'drift';

export interface TimelineStep {
  beats: Beat[];
  anchor: AnchorReason | null;
}

export interface BeatTimelineOptions {
  /** Default 2500 ms: above BLE latency jitter (up to ~1.5 s), small enough that 2–3 lost packets re-anchor. */
  driftToleranceMs?: number;
}

export interface BeatTimeline {
  push(rr: readonly RrInterval[], arrivalMs: number): TimelineStep;
  /** A disconnect gap was recorded: the next beats are placed by arrival time. */
  markGap(): void;
  /** Time of the last beat placed, or null before the first. */
  lastBeatMs(): number | null;
  reset(): void;
}

export const DEFAULT_DRIFT_TOLERANCE_MS = 2500;

const NO_BEATS: Beat[] = [];

export function createBeatTimeline(options: BeatTimelineOptions = {}): BeatTimeline {
  const toleranceMs = options.driftToleranceMs ?? DEFAULT_DRIFT_TOLERANCE_MS;
  let lastBeatMs: number | null = null;
  let pendingAnchor: AnchorReason | null = 'start';

  return {
    push(rr, arrivalMs) {
      // A packet without RR says nothing about beat times; drift is judged when RR comes again.
      if (rr.length === 0) return { beats: NO_BEATS, anchor: null };

      let sumMs = 0;
      for (const interval of rr) sumMs += interval.ms;

      let anchor = pendingAnchor;
      if (anchor === null && lastBeatMs !== null) {
        const driftMs = arrivalMs - (lastBeatMs + sumMs);
        if (Math.abs(driftMs) > toleranceMs) anchor = 'drift';
      }

      let tMs: number;
      if (anchor === null && lastBeatMs !== null) {
        tMs = lastBeatMs;
      } else {
        // The last beat lands at arrival; never before a beat already placed, so time stays monotonic.
        tMs = arrivalMs - sumMs;
        if (lastBeatMs !== null && tMs < lastBeatMs) tMs = lastBeatMs;
      }

      const beats: Beat[] = new Array(rr.length);
      for (let i = 0; i < rr.length; i++) {
        const interval = rr[i] as RrInterval;
        tMs += interval.ms;
        beats[i] = { tMs, rrMs: interval.ms, rrRaw: interval.raw };
      }
      lastBeatMs = tMs;
      pendingAnchor = null;
      return { beats, anchor };
    },
    markGap() {
      if (lastBeatMs !== null) pendingAnchor = 'gap';
    },
    lastBeatMs: () => lastBeatMs,
    reset() {
      lastBeatMs = null;
      pendingAnchor = 'start';
    },
  };
}
