// The server's own numbers for a session: the engine runs on the uploaded beats, and its results become
// the stored metric columns. The client's summary is kept beside them for comparison only.
import { summarizeSession, type PhaseName, type PhaseSummary, type ResonanceAnalysis, type SessionSummary } from '@/lib/hrv';
import { importLimits } from '@/lib/session/protocol/limits';
import type { SessionUpload } from '@/lib/session/protocol/record';
import { resonanceOf } from '@/lib/session/summary/resonance-of';
import type { StoredQualityReason } from '@/db/schema/json-types';
import { toSessionInput, type RecordedSessionMarks } from '@/lib/session/protocol/session-input';

/**
 * Bump when lib/hrv changes how it computes anything stored: each row names the engine that derived
 * it, so rows from an older one can be told apart (their beats are kept, so they can be derived again).
 */
export const HRV_ENGINE_VERSION = 'herstel-hrv/3';

export interface DerivedColumns {
  baselineRmssdMs: number | null;
  recoveryRmssdMs: number | null;
  shiftRmssdMs: number | null;
  shiftPercent: number | null;
  shiftLnRmssd: number | null;
  breathingCoherence: number | null;
  rsaMeanBpm: number | null;
  baselineHrBpm: number | null;
  breathingHrBpm: number | null;
  recoveryHrBpm: number | null;
  artifactPercent: number | null;
  baselineLnRmssd: number | null;
  practiceMinutes: number;
  qualityOk: boolean;
  qualityReasons: StoredQualityReason[];
  summary: SessionSummary;
  resonance: ResonanceAnalysis | null;
  engineVersion: string;
}

/** What the engine reads of an upload: its beats and marks, and for an assessment its kind and step rates. */
export type DerivableRecord = RecordedSessionMarks & Pick<SessionUpload, 'kind' | 'resonanceRatesBpm'>;

const finite = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export function deriveColumns(record: DerivableRecord): DerivedColumns {
  const input = toSessionInput(record);
  const summary = summarizeSession(input);
  if (record.kind === 'resonance') return assessmentColumns(record, input, summary);
  const phase = (name: PhaseName): PhaseSummary | undefined => summary.phases.find((p) => p.phase === name);
  const breathing = phase('breathing');
  const beats = summary.phases.reduce((n, p) => n + p.beats, 0);
  const flagged = summary.phases.reduce((n, p) => n + p.artifacts.total, 0);
  const phaseReasons = summary.phases.flatMap((p) => p.quality.reasons.map((reason) => `${p.phase}:${reason}`));
  return {
    baselineRmssdMs: finite(summary.shift.baselineRmssdMs),
    recoveryRmssdMs: finite(summary.shift.recoveryRmssdMs),
    shiftRmssdMs: finite(summary.shift.rmssdMs),
    shiftPercent: finite(summary.shift.percent),
    shiftLnRmssd: finite(summary.shift.lnRmssd),
    breathingCoherence: finite(breathing?.coherence),
    rsaMeanBpm: finite(breathing?.rsa?.meanBpm),
    baselineHrBpm: finite(phase('baseline')?.corrected.meanHrBpm),
    breathingHrBpm: finite(breathing?.corrected.meanHrBpm),
    recoveryHrBpm: finite(phase('recovery')?.corrected.meanHrBpm),
    artifactPercent: beats > 0 ? (100 * flagged) / beats : null,
    baselineLnRmssd: baselineLnRmssd(phase('baseline'), finite(summary.shift.baselineRmssdMs)),
    practiceMinutes: practiceMinutes(record),
    qualityOk: summary.shift.quality.ok,
    qualityReasons: [...summary.shift.quality.reasons, ...phaseReasons],
    summary,
    resonance: null,
    engineVersion: HRV_ENGINE_VERSION,
  };
}

/**
 * An imported recording's numbers. One longer than a morning reading (a night, a workout) is stored and
 * shown, but its RMSSD is not comparable with a short rest, so it sets no day's value in trends. Its
 * length is its RR intervals added up: the last beat's time on an import's clock, which starts at 0
 * with the first interval (lib/session/import/imported-recording.ts), so an import and a later
 * derivation from the stored beats measure it alike.
 */
export function deriveImportedColumns(record: DerivableRecord): DerivedColumns {
  const derived = deriveColumns(record);
  const lengthMs = record.beats.at(-1)?.tMs ?? 0;
  return lengthMs / 1000 > importLimits.maxTrendReadingS ? { ...derived, baselineLnRmssd: null } : derived;
}

/** A trend's daily value: only a baseline the engine did not flag counts (missing one is flagged too). */
function baselineLnRmssd(baseline: PhaseSummary | undefined, rmssdMs: number | null): number | null {
  return baseline?.quality.ok && rmssdMs !== null && rmssdMs > 0 ? Math.log(rmssdMs) : null;
}

/** Minutes of the breathing (practice) phase with the pauses inside it left out. */
export function practiceMinutes({ phases, pauses }: Pick<RecordedSessionMarks, 'phases' | 'pauses'>): number {
  let ms = 0;
  for (const phase of phases) {
    if (phase.phase !== 'breathing') continue;
    ms += phase.endMs - phase.startMs;
    for (const pause of pauses) ms -= Math.max(0, Math.min(pause.endMs, phase.endMs) - Math.max(pause.startMs, phase.startMs));
  }
  return Math.max(0, ms) / 60_000;
}

/**
 * A resonance assessment has steps, not a rest before and after: its answer is `resonance` (each step's
 * numbers and the rate). The shift and phase columns would read one step or one pause between steps as
 * the whole session's, so they stay empty; quality is whether a rate was found (each step says why not).
 */
function assessmentColumns(record: DerivableRecord, input: ReturnType<typeof toSessionInput>, summary: ReturnType<typeof summarizeSession>): DerivedColumns {
  const resonance = resonanceOf(record, input);
  const beats = summary.phases.reduce((n, p) => n + p.beats, 0);
  const flagged = summary.phases.reduce((n, p) => n + p.artifacts.total, 0);
  return {
    baselineRmssdMs: null,
    recoveryRmssdMs: null,
    shiftRmssdMs: null,
    shiftPercent: null,
    shiftLnRmssd: null,
    breathingCoherence: null,
    rsaMeanBpm: null,
    baselineHrBpm: null,
    breathingHrBpm: null,
    recoveryHrBpm: null,
    artifactPercent: beats > 0 ? (100 * flagged) / beats : null,
    baselineLnRmssd: null,
    practiceMinutes: practiceMinutes(record),
    qualityOk: resonance.rateBpm !== null,
    qualityReasons: [],
    summary,
    resonance,
    engineVersion: HRV_ENGINE_VERSION,
  };
}
