// What a session shared live sends and what the practitioner's page reads back. Shared by the browser,
// the server's validation and the schema's JSON columns.
import type { BreathingProtocol } from '@/lib/session/protocol/record';

export type LivePhase = 'baseline' | 'breathing' | 'recovery';

/** One beat as shared live: session-relative time and RR, both in ms. */
export interface LiveBeat {
  tMs: number;
  rrMs: number;
}

/**
 * The pacer's rhythm, in seconds, as the practitioner sees it ("4 s in · 6 s out"), or the guided
 * deep-rest practice that takes the pacer's place (then the rhythm is unused).
 */
export type LiveRhythm = Pick<BreathingProtocol, 'inhaleS' | 'holdInS' | 'exhaleS' | 'holdOutS' | 'practice'>;

/** One batch from the client, about once a second: the state now and the beats since the last batch. */
export interface LiveBatch {
  sessionId: string;
  phase: LivePhase | null;
  paused: boolean;
  rhythm: LiveRhythm;
  beats: LiveBeat[];
}

/** Beats kept live: the chart shows the last three minutes; older ones are dropped on every write. */
export const LIVE_WINDOW_MS = 180_000;
/** At most this many beats in one batch (a minute at 120 bpm: what a short network drop leaves). */
export const LIVE_MAX_BATCH_BEATS = 120;
/** The batch body limit: 120 beats of up to 96 bytes of JSON each, and the rest, fit in 16 KB. */
export const LIVE_MAX_BODY_BYTES = 16_384;
/** How often the client sends and the practitioner's page asks. */
export const LIVE_INTERVAL_MS = 1_000;
/** Without fresh data for this long the practitioner's page says the connection to the client is lost. */
export const LIVE_STALE_MS = 10_000;
/** An ended live session still answers as `ended` this long, then as nothing (waiting). */
export const LIVE_ENDED_SHOWN_MS = 10 * 60_000;

/** What the practitioner's page reads: every number computed on the server from the beats. */
export interface LiveView {
  sessionId: string;
  status: 'live' | 'ended';
  phase: LivePhase | null;
  paused: boolean;
  rhythm: LiveRhythm;
  /** Beat-to-beat heart rate of the last beat (60000 / RR), or null without beats. */
  hrBpm: number | null;
  lastRrMs: number | null;
  /** True when the last beat differs by over 20 % from the median of the five before: likely an artifact. */
  lastBeatIrregular: boolean;
  beats: LiveBeat[];
  /** Milliseconds since the last batch arrived, by the server's clock (so the two clocks need not agree). */
  ageMs: number;
  startedAt: string;
  endedAt: string | null;
}
