// The view model of the summary screen, built from the beats, the marks and the engine's SessionSummary.
// Pure and JSON-safe (numbers are finite or null), so a server page can build it and hand it to the client,
// and /breathe can build it in the browser right after a session without any server.
import { flaggedBeats, type PhaseName, type PhaseQualityReason, type PhaseSummary, type SessionSummary, type ShiftQualityReason } from '@/lib/hrv';
import type { RecordedSessionMarks } from '@/lib/session/protocol/session-input';
import { excludedSpans, toSessionInput } from '@/lib/session/protocol/session-input';
import { chooseReading, type ReadingKey } from './session-reading';
import { buildSessionSeries, type ArtifactMark, type ChartPoint } from './session-series';
import type { BreathingProtocol, PracticeId, SessionUpload } from '@/lib/session/protocol/record';

export type { ArtifactMark, ChartPoint, ReadingKey };

export interface ShadedSpan {
  startS: number;
  endS: number;
}

export interface PhaseStats {
  phase: PhaseName;
  startS: number;
  endS: number;
  beats: number;
  /** Sum of the RR intervals used, s: the window the phase's numbers were computed over. */
  analysedS: number;
  meanHrBpm: number | null;
  /** RMSSD of the artifact-corrected beats over the whole phase. */
  rmssdMs: number | null;
  lnRmssd: number | null;
  artifactPercent: number;
  coherence: number | null;
  coherencePeakHz: number | null;
  rsaMeanBpm: number | null;
  rsaCycles: number;
  qualityOk: boolean;
  qualityReasons: PhaseQualityReason[];
}

export interface ShiftView {
  baselineRmssdMs: number | null;
  recoveryRmssdMs: number | null;
  rmssdMs: number | null;
  percent: number | null;
  lnRmssd: number | null;
  qualityOk: boolean;
  qualityReasons: ShiftQualityReason[];
}

export interface SessionView {
  durationS: number;
  points: ChartPoint[];
  phaseSpans: (ShadedSpan & { phase: PhaseName })[];
  gapSpans: (ShadedSpan & { kind: 'gap' | 'pause' })[];
  artifacts: ArtifactMark[];
  /** Beats flagged as artifacts over all phases, % of the beats analysed. */
  artifactPercent: number;
  shift: ShiftView;
  phases: PhaseStats[];
  /** Phases whose numbers are flagged (with the reasons), in session order. */
  cautions: PhaseStats[];
  reading: ReadingKey;
  /** The guided practice in the middle phase, or null for paced breathing (or no middle phase). */
  practice: PracticeId | null;
}

export type SessionViewSource = RecordedSessionMarks & Pick<SessionUpload, 'durationMs'> & { protocol?: Pick<BreathingProtocol, 'practice'> };

/** Finite numbers pass; NaN, ±Infinity, and the null a NaN becomes in stored JSON, become null. */
export function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function buildSessionView(source: SessionViewSource, summary: SessionSummary): SessionView {
  const excluded = excludedSpans(source);
  const series = buildSessionSeries(source.beats, excluded);
  const phases = summary.phases.map(toPhaseStats);
  const beats = phases.reduce((n, p) => n + p.beats, 0);
  const flagged = summary.phases.reduce((n, p) => n + p.artifacts.total, 0);
  const shift: ShiftView = {
    baselineRmssdMs: finiteOrNull(summary.shift.baselineRmssdMs),
    recoveryRmssdMs: finiteOrNull(summary.shift.recoveryRmssdMs),
    rmssdMs: finiteOrNull(summary.shift.rmssdMs),
    percent: finiteOrNull(summary.shift.percent),
    lnRmssd: finiteOrNull(summary.shift.lnRmssd),
    qualityOk: summary.shift.quality.ok,
    qualityReasons: [...summary.shift.quality.reasons],
  };
  return {
    durationS: source.durationMs / 1000,
    points: series.points,
    phaseSpans: source.phases.map((p) => ({ phase: p.phase, startS: p.startMs / 1000, endS: p.endMs / 1000 })),
    gapSpans: [
      ...source.gaps.map((g) => ({ kind: 'gap' as const, startS: g.startMs / 1000, endS: g.endMs / 1000 })),
      ...source.pauses.map((g) => ({ kind: 'pause' as const, startS: g.startMs / 1000, endS: g.endMs / 1000 })),
    ].sort((a, b) => a.startS - b.startS),
    // The summary's own verdict (per phase, between gaps), so the chart's dots match the table's percentages.
    artifacts: flaggedBeats(toSessionInput(source)).map((b) => ({ tS: Math.round(b.tMs / 10) / 100, hrBpm: Math.round(600_000 / b.rrMs) / 10 })),
    artifactPercent: beats > 0 ? (100 * flagged) / beats : 0,
    shift,
    phases,
    cautions: phases.filter((p) => !p.qualityOk),
    reading: chooseReading({ lnRmssd: shift.lnRmssd, quality: summary.shift.quality }),
    practice: source.protocol?.practice ?? null,
  };
}

function toPhaseStats(p: PhaseSummary): PhaseStats {
  return {
    phase: p.phase,
    startS: p.startS,
    endS: p.endS,
    beats: p.beats,
    analysedS: finiteOrNull(p.analysedS) ?? 0,
    meanHrBpm: finiteOrNull(p.corrected.meanHrBpm),
    rmssdMs: finiteOrNull(p.corrected.rmssdMs),
    lnRmssd: finiteOrNull(p.corrected.lnRmssd),
    artifactPercent: finiteOrNull(p.artifacts.percent) ?? 0,
    coherence: finiteOrNull(p.coherence),
    coherencePeakHz: finiteOrNull(p.coherencePeakHz),
    rsaMeanBpm: finiteOrNull(p.rsa?.meanBpm),
    rsaCycles: p.rsa?.cycles.filter((c) => c.amplitudeBpm !== null).length ?? 0,
    qualityOk: p.quality.ok,
    qualityReasons: [...p.quality.reasons],
  };
}
