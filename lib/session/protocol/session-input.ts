// From a recorded session (milliseconds on the session clock) to the HRV engine's input (seconds).
// Pure: the server and the browser's summary call share it, so both analyse exactly the same beats.
import type { GapMark, SessionInput } from '@/lib/hrv';
import type { SessionUpload, TimeSpan } from './record';

/** The parts of a session the analysis reads: the beats and the marks on the session clock. */
export type RecordedSessionMarks = Pick<SessionUpload, 'beats' | 'phases' | 'gaps' | 'pauses' | 'pacerCycleStartsMs'>;

export function toSessionInput(record: RecordedSessionMarks): SessionInput {
  return {
    beats: record.beats.map((beat) => ({ tMs: beat.tMs, rrMs: beat.rrMs })),
    phases: record.phases.map((span) => ({ phase: span.phase, startS: span.startMs / 1000, endS: span.endMs / 1000 })),
    gaps: excludedSpans(record).map(toGapMark),
    pacerCycleStartsS: record.pacerCycleStartsMs.map((tMs) => tMs / 1000),
  };
}

/**
 * Connection gaps and pauses, time-ordered: a paused stretch is left out of the analysis exactly like a
 * lost connection, so the breath someone took to answer the door never counts as variability.
 */
export function excludedSpans(record: Pick<SessionUpload, 'gaps' | 'pauses'>): TimeSpan[] {
  return [...record.gaps, ...record.pauses]
    .map((span) => ({ startMs: span.startMs, endMs: span.endMs }))
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

function toGapMark(span: TimeSpan): GapMark {
  return { startS: span.startMs / 1000, endS: span.endMs / 1000 };
}
