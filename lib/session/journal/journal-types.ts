// The journal's stored shapes: one row per session (marks and sync state), beats in rows per packet.
import type { SessionSummary } from '@/lib/hrv';
import type { BreathingProtocol, CheckIn, SessionUpload, PhaseSpan, RecordedBeat, SessionDevice, TimeSpan } from '@/lib/session/protocol/record';
import type { RunnerState } from '@/lib/session/runner/session-runner';

export type UploadStatus =
  /** A guest's session: kept here until the person has an account. */
  | 'local'
  | 'pending'
  /** The server said 401: waits for the next sign-in. */
  | 'needs-sign-in'
  | 'done'
  /** The server refused it for good (4xx): kept here, with the server's reason. */
  | 'failed';

export interface SyncError {
  code: string;
  message: string;
}

/** The server's own analysis of the session, from its upload response (NaN became null in JSON). */
export type ServerSummary = SessionSummary;

export interface UploadState {
  status: UploadStatus;
  attempts: number;
  error: SyncError | null;
  serverSummary: ServerSummary | null;
  checkInSynced: boolean;
  checkInError: SyncError | null;
}

export interface JournalSession {
  id: string;
  /** User id of the person signed in when it was recorded; null for a guest. */
  owner: string | null;
  status: 'recording' | 'finished';
  startedAt: string;
  /** Wall clock (Date.now()) at session clock 0: a resumed session continues this clock. */
  startedAtEpochMs: number;
  protocol: BreathingProtocol;
  device: SessionDevice | null;
  runner: RunnerState;
  gaps: TimeSpan[];
  pacerCycleStartsMs: number[];
  /** Session time of the latest journaled activity (packet or tick): where a reload interval begins. */
  lastSeenMs: number;
  lastBeatMs: number | null;
  beatCount: number;
  packetCount: number;
  durationMs: number;
  endedEarly: boolean;
  phases: PhaseSpan[];
  pauses: TimeSpan[];
  clientSummary: { baselineRmssdMs: number | null; recoveryRmssdMs: number | null } | null;
  checkIn: CheckIn | null;
  upload: UploadState;
  /** Sent with the upload as they are (absent on rows journaled before morning readings existed). */
  kind?: SessionUpload['kind'];
  posture?: SessionUpload['posture'];
  timeZone?: string;
  resonanceRatesBpm?: SessionUpload['resonanceRatesBpm'];
}

export interface PacketRow {
  sessionId: string;
  beats: RecordedBeat[];
}

export const initialUploadState: UploadState = {
  status: 'local',
  attempts: 0,
  error: null,
  serverSummary: null,
  checkInSynced: false,
  checkInError: null,
};
