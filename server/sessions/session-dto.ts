// What the session API answers: rows turned into JSON-ready objects (ISO dates, decoded beats).
import type { PracticeSessionListRow } from '@/db/practice-sessions';
import type { PracticeSessionRow } from '@/db/practice-session-schema';
import type { SessionSummary } from '@/lib/hrv';
import { decodeBeats } from '@/lib/session/beats-codec';
import type { BreathingProtocol, CheckIn, PhaseSpan, RecordedBeat, SessionDevice, TimeSpan } from '@/lib/session/record';

export interface SessionListItem {
  id: string;
  startedAt: string;
  durationMs: number;
  endedEarly: boolean;
  protocol: BreathingProtocol;
  beatCount: number;
  baselineRmssdMs: number | null;
  recoveryRmssdMs: number | null;
  shiftRmssdMs: number | null;
  shiftPercent: number | null;
  shiftLnRmssd: number | null;
  breathingCoherence: number | null;
  rsaMeanBpm: number | null;
  artifactPercent: number | null;
  qualityOk: boolean;
  /** Shift reasons ('missing-recovery', 'baseline-flagged', …) and `${phase}:${reason}` of flagged phases. */
  qualityReasons: string[];
  checkIn: CheckIn | null;
}

export interface SessionDetail extends SessionListItem {
  device: SessionDevice | null;
  baselineHrBpm: number | null;
  breathingHrBpm: number | null;
  recoveryHrBpm: number | null;
  phases: PhaseSpan[];
  gaps: TimeSpan[];
  pauses: TimeSpan[];
  pacerCycleStartsMs: number[];
  /** The server's summary (lib/hrv); numbers that were NaN come back as null. */
  summary: SessionSummary;
  clientSummary: { baselineRmssdMs: number | null; recoveryRmssdMs: number | null } | null;
  engineVersion: string;
  createdAt: string;
}

export interface SessionWithBeats extends SessionDetail {
  beats: RecordedBeat[];
}

export function toListItem(row: PracticeSessionListRow): SessionListItem {
  return {
    id: row.id,
    startedAt: row.startedAt.toISOString(),
    durationMs: row.durationMs,
    endedEarly: row.endedEarly,
    protocol: row.protocol,
    beatCount: row.beatCount,
    baselineRmssdMs: row.baselineRmssdMs,
    recoveryRmssdMs: row.recoveryRmssdMs,
    shiftRmssdMs: row.shiftRmssdMs,
    shiftPercent: row.shiftPercent,
    shiftLnRmssd: row.shiftLnRmssd,
    breathingCoherence: row.breathingCoherence,
    rsaMeanBpm: row.rsaMeanBpm,
    artifactPercent: row.artifactPercent,
    qualityOk: row.qualityOk,
    qualityReasons: row.qualityReasons,
    checkIn: row.checkIn ?? null,
  };
}

export function toDetail(row: PracticeSessionRow): SessionDetail {
  return {
    ...toListItem(row),
    device: row.device ?? null,
    baselineHrBpm: row.baselineHrBpm,
    breathingHrBpm: row.breathingHrBpm,
    recoveryHrBpm: row.recoveryHrBpm,
    phases: row.phases,
    gaps: row.gaps,
    pauses: row.pauses,
    pacerCycleStartsMs: row.pacerCycleStartsMs,
    summary: row.summary,
    clientSummary: row.clientSummary ?? null,
    engineVersion: row.engineVersion,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toDetailWithBeats(row: PracticeSessionRow): SessionWithBeats {
  return { ...toDetail(row), beats: decodeBeats(row.beats) };
}
