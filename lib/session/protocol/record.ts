// What one breathing session is, as journaled in the browser and uploaded to the server. Times are
// milliseconds on the session clock (0 = the moment the session started); raw RR is the source of truth.
import type { PhaseName } from '@/lib/hrv';

/** Names the account a session write is meant for; the server refuses it when another account is signed in. */
export const expectedUserHeader = 'x-herstel-user';

export const presetIds = ['rest-rhythm', 'resonance', 'box', 'four-seven-eight', 'custom'] as const;
export type PresetId = (typeof presetIds)[number];

/** Guided deep-rest practices (lib/session/practice): one of them takes the place of paced breathing. */
export const practiceIds = ['pmr', 'pmr-short', 'body-scan', 'quiet'] as const;
export type PracticeId = (typeof practiceIds)[number];

/** A breathing (or other practice) session, or a rest-only morning reading (its only phase is the baseline). */
export const sessionKinds = ['breathing', 'morning-reading', 'resonance'] as const;
export type SessionKind = (typeof sessionKinds)[number];
/**
 * What a stored session may be: a recorded kind, or a recording imported from another app (one rest
 * phase over the whole file). Only POST /api/imports makes the last: an upload cannot claim it.
 */
export const storedSessionKinds = [...sessionKinds, 'imported'] as const;
export type StoredSessionKind = (typeof storedSessionKinds)[number];
/** How a morning reading was taken; recorded with it because lying and sitting values differ. */
export const postures = ['lying', 'sitting'] as const;
export type Posture = (typeof postures)[number];

export interface BreathingProtocol {
  preset: PresetId;
  inhaleS: number;
  holdInS: number;
  exhaleS: number;
  holdOutS: number;
  baselineS: number;
  breathingS: number;
  recoveryS: number;
  /**
   * Absent: paced breathing with the pattern above. Present: the middle phase (still the engine's
   * 'breathing' phase, so it counts as practice) is this guided practice, and the pattern is unused.
   */
  practice?: PracticeId;
}

export interface RecordedBeat {
  tMs: number;
  rrMs: number;
  /** RR in 1/1024 s exactly as the strap sent it; null where the source had no raw units. */
  rrRaw: number | null;
}

export interface PhaseSpan {
  phase: PhaseName;
  startMs: number;
  endMs: number;
}

export interface TimeSpan {
  startMs: number;
  endMs: number;
}

export interface SessionDevice {
  kind: 'bluetooth' | 'simulated';
  name: string;
  bodySensorLocation: string | null;
}

export const checkInKeys = ['breathing', 'body', 'head', 'energy', 'tension', 'mood'] as const;
export type CheckInKey = (typeof checkInKeys)[number];
/** 1–5 per question (breathing deeper, body lighter, head clearer, energy, muscle tension, mood); unanswered ones are absent. */
export type CheckIn = Partial<Record<CheckInKey, number>>;

/** The upload body of POST /api/sessions. `id` is made by the client so a retried upload is not stored twice. */
export interface SessionUpload {
  id: string;
  /** ISO 8601 wall-clock time at session clock 0. */
  startedAt: string;
  durationMs: number;
  protocol: BreathingProtocol;
  device: SessionDevice | null;
  beats: RecordedBeat[];
  phases: PhaseSpan[];
  /** Strap connection gaps: beats in them, and RR spanning them, are left out of the analysis. */
  gaps: TimeSpan[];
  /** Paused stretches: left out of the analysis like gaps. */
  pauses: TimeSpan[];
  /** Start of every pacer breath cycle, for RSA amplitude per breath. */
  pacerCycleStartsMs: number[];
  endedEarly: boolean;
  /** What the browser computed, kept beside the server's own numbers for comparison. */
  clientSummary: { baselineRmssdMs: number | null; recoveryRmssdMs: number | null } | null;
  checkIn: CheckIn | null;
  /** Absent means a breathing session (bodies from before morning readings). */
  kind?: SessionKind;
  /** How a morning reading was taken; only with kind 'morning-reading'. */
  posture?: Posture;
  /** The browser's IANA zone (Intl), for the person's days until they have one stored. */
  timeZone?: string;
  /**
   * Only with kind 'resonance': the rate (breaths a minute) of each step in order. Its phases are
   * breathing steps with recovery rests between them; the n-th breathing phase was paced at the n-th rate.
   */
  resonanceRatesBpm?: number[];
}
