import type { RsaResult } from './rsa';
import type { ArtifactCounts, Beat, TimeDomainMetrics } from './types';

export type PhaseName = 'baseline' | 'breathing' | 'recovery';

export interface PhaseMark {
  phase: PhaseName;
  startS: number;
  endS: number;
}

/** A stretch without connection to the strap; beats in it, and RR spanning it, are left out. */
export interface GapMark {
  startS: number;
  endS: number;
}

export interface SessionInput {
  /** Time-ordered beats; tMs is the session-relative time of the beat (the end of its RR interval). */
  beats: readonly Beat[];
  phases: readonly PhaseMark[];
  gaps?: readonly GapMark[];
  /** Pacer cycle starts (s) for RSA amplitude in the breathing phase. */
  pacerCycleStartsS?: readonly number[];
}

export type PhaseQualityReason = 'no-beats' | 'too-few-beats' | 'too-short' | 'too-many-artifacts';
export type ShiftQualityReason = 'missing-baseline' | 'missing-recovery' | 'baseline-flagged' | 'recovery-flagged';

export interface Quality<R extends string> {
  ok: boolean;
  reasons: R[];
}

export interface PhaseSummary {
  phase: PhaseName;
  startS: number;
  endS: number;
  /** Beats used (inside the phase, outside gaps). */
  beats: number;
  /** Sum of the used RR intervals, s. */
  analysedS: number;
  raw: TimeDomainMetrics;
  /** Metrics of the artifact-corrected series: the ones to show and compare. */
  corrected: TimeDomainMetrics;
  artifacts: ArtifactCounts;
  coherence: number | null;
  coherencePeakHz: number | null;
  rsa: RsaResult | null;
  quality: Quality<PhaseQualityReason>;
}

export interface ParasympatheticShift {
  baselineRmssdMs: number | null;
  recoveryRmssdMs: number | null;
  /** recovery − baseline, ms. */
  rmssdMs: number | null;
  /** 100 · (recovery − baseline) / baseline. */
  percent: number | null;
  /** ln(recovery RMSSD) − ln(baseline RMSSD). */
  lnRmssd: number | null;
  quality: Quality<ShiftQualityReason>;
}

export interface SessionSummary {
  phases: PhaseSummary[];
  shift: ParasympatheticShift;
}
