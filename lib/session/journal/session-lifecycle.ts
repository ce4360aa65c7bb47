// Pure steps of a journaled session's life: new, resumed after a reload, finished, saved as recorded.
import { initialUploadState, type JournalSession } from './journal-types';
import type { BreathingProtocol, RecordedBeat, SessionDevice } from '@/lib/session/protocol/record';
import { advance, finishSession, pauseSession, resumeSession, startPlan, startSession, type RunnerState } from '@/lib/session/runner/session-runner';

export interface NewSessionOptions {
  id: string;
  owner: string | null;
  protocol: BreathingProtocol;
  device: SessionDevice | null;
  startedAtEpochMs: number;
  kind?: JournalSession['kind'];
  posture?: JournalSession['posture'];
  timeZone?: string;
  /** Phases other than the protocol's own (the resonance assessment's steps and rests). */
  plan?: RunnerState['plan'];
  resonanceRatesBpm?: number[];
}

export function newJournalSession(options: NewSessionOptions): JournalSession {
  return {
    id: options.id,
    owner: options.owner,
    status: 'recording',
    startedAt: new Date(options.startedAtEpochMs).toISOString(),
    startedAtEpochMs: options.startedAtEpochMs,
    protocol: options.protocol,
    device: options.device,
    runner: options.plan ? startPlan(options.plan, 0) : startSession(options.protocol, 0),
    gaps: [],
    pacerCycleStartsMs: [],
    lastSeenMs: 0,
    lastBeatMs: null,
    beatCount: 0,
    packetCount: 0,
    durationMs: 0,
    endedEarly: false,
    phases: [],
    pauses: [],
    clientSummary: null,
    checkIn: null,
    upload: initialUploadState,
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.posture ? { posture: options.posture } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.resonanceRatesBpm ? { resonanceRatesBpm: options.resonanceRatesBpm } : {}),
  };
}

/** The row after one packet: its beats counted, the last beat and the latest activity moved on. */
export function countPacket(session: JournalSession, beats: readonly RecordedBeat[], seenMs: number): JournalSession {
  const last = beats[beats.length - 1];
  return {
    ...session,
    beatCount: session.beatCount + beats.length,
    packetCount: session.packetCount + 1,
    lastBeatMs: last ? last.tMs : session.lastBeatMs,
    lastSeenMs: Math.max(session.lastSeenMs, seenMs),
  };
}

/**
 * Continue after a reload at session time `nowMs`: the time the page was gone becomes a gap (its beats
 * were never received) and does not count as phase time; a session paused before the reload stays paused.
 */
export function resumeJournalSession(session: JournalSession, nowMs: number): JournalSession {
  // A beat is placed by the running sum of RR, so the last one kept can sit a little after its packet arrived.
  const goneAtMs = Math.max(session.lastSeenMs, session.lastBeatMs ?? 0);
  const resumeAtMs = Math.max(nowMs, goneAtMs);
  let runner = advance(session.runner, goneAtMs);
  if (runner.status === 'running') runner = resumeSession(pauseSession(runner, goneAtMs, { suspend: true }), resumeAtMs);
  const gap = { startMs: goneAtMs, endMs: resumeAtMs };
  return { ...session, runner, gaps: [...session.gaps, gap], lastSeenMs: resumeAtMs };
}

/** A mark cut to end by `durationMs`, and never before it starts. */
function clampSpan<T extends { startMs: number; endMs: number }>(span: T, durationMs: number): T {
  const startMs = Math.min(span.startMs, durationMs);
  return { ...span, startMs, endMs: Math.min(Math.max(span.endMs, startMs), durationMs) };
}

/**
 * Closes the session at `endMs` (the runner's own end when it ran its course). An open connection gap
 * is closed at the end; the upload waits for an account when there is no owner. Every mark is cut to
 * the end: a journal that last saw the session before its latest runner change must still upload.
 */
export function finishJournalSession(session: JournalSession, endMs: number, openGapSinceMs: number | null = null): JournalSession {
  const ran = advance(session.runner, endMs);
  const runner = ran.status === 'done' ? ran : finishSession(ran, endMs);
  const durationMs = runner.endMs ?? endMs;
  const gaps = openGapSinceMs === null || openGapSinceMs >= durationMs ? session.gaps : [...session.gaps, { startMs: openGapSinceMs, endMs: durationMs }];
  return {
    ...session,
    status: 'finished',
    runner,
    gaps: gaps.map((g) => clampSpan(g, durationMs)),
    phases: runner.phases.map((p) => clampSpan(p, durationMs)),
    pauses: runner.pauses.map((p) => clampSpan(p, durationMs)),
    durationMs,
    endedEarly: runner.endedEarly,
    pacerCycleStartsMs: session.pacerCycleStartsMs.filter((t) => t <= durationMs),
    upload: { ...session.upload, status: session.owner === null ? 'local' : 'pending' },
  };
}

/** "Save what was recorded" after a reload: the session ends where the journal last saw it. */
export function saveRecordedSession(session: JournalSession): JournalSession {
  return finishJournalSession(session, session.lastSeenMs);
}
