// Formats of one session for other tools: RR text that Kubios HRV opens, a CSV for spreadsheets, and
// JSON. Every time is absolute (the session's start plus the beat's session-clock time). Pure.
import { flaggedBeats } from '@/lib/hrv';
import { toSessionInput, type RecordedSessionMarks } from '@/lib/session/protocol/session-input';
import type { PhaseSpan, RecordedBeat } from '@/lib/session/protocol/record';

export const sessionExportFormats = ['rr', 'csv', 'json'] as const;
export type SessionExportFormat = (typeof sessionExportFormats)[number];

export interface ExportableSession extends RecordedSessionMarks {
  startedAt: Date;
}

/** One RR interval in ms a line, nothing else: what Kubios reads as "RR text". Values are written exactly. */
export function toRrText(beats: readonly Pick<RecordedBeat, 'rrMs'>[]): string {
  return beats.map((b) => String(b.rrMs)).join('\n') + (beats.length > 0 ? '\n' : '');
}

export const csvHeader = 'time,rr_ms,hr_bpm,phase,artifact';

/** A row a beat: its absolute time (ISO, UTC), RR, heart rate, the phase it falls in, and 1 when the engine flagged it. */
export function toBeatsCsv(session: ExportableSession): string {
  const flagged = new Set(flaggedBeats(toSessionInput(session)).map((b) => b.tMs));
  const startMs = session.startedAt.getTime();
  const rows = session.beats.map((beat) => {
    const hr = Math.round(600_000 / beat.rrMs) / 10;
    const phase = phaseAt(session.phases, beat.tMs) ?? '';
    return `${new Date(startMs + beat.tMs).toISOString()},${beat.rrMs},${hr},${phase},${flagged.has(beat.tMs) ? 1 : 0}`;
  });
  return [csvHeader, ...rows].join('\n') + '\n';
}

/** The beats with an absolute `at` beside their session-clock time. */
export function withAbsoluteTimes<B extends RecordedBeat>(startedAt: Date, beats: readonly B[]): (B & { at: string })[] {
  const startMs = startedAt.getTime();
  return beats.map((b) => ({ ...b, at: new Date(startMs + b.tMs).toISOString() }));
}

/** `herstel-2026-01-18T07-12-34Z.txt`: the start in UTC, safe in every file system. */
export function exportFileName(startedAt: Date, format: SessionExportFormat): string {
  const stamp = startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');
  return `herstel-${stamp}.${format === 'rr' ? 'txt' : format}`;
}

function phaseAt(phases: readonly PhaseSpan[], tMs: number): PhaseSpan['phase'] | undefined {
  // As the engine splits phases (lib/hrv/phase-runs.ts): a beat belongs to [start, end) of the phase it ended in.
  return phases.find((p) => tMs >= p.startMs && tMs < p.endMs)?.phase;
}
