import { readDateTime } from './date-time';
import { FormatFailure, readPositive, type TextLine } from './format-failure';
import type { ParsedRecording } from './types';

const HEADER = /^phone timestamp;rr-interval \[ms\]$/i;

export function isPolarSensorLogger(lines: readonly TextLine[]): boolean {
  return HEADER.test(lines[0]?.text ?? '');
}

/** Polar Sensor Logger's RR file: `Phone timestamp;RR-interval [ms]`, a row per beat as the phone received it. */
export function readPolarSensorLogger(lines: readonly TextLine[]): ParsedRecording {
  const rrMs: number[] = [];
  let first: ReturnType<typeof readDateTime>;
  for (const { text, line } of lines.slice(1)) {
    const cells = text.split(';');
    if (cells.length !== 2) throw new FormatFailure(line, `expected "timestamp;RR" separated by a semicolon, found "${text}"`, 'wrong-separator');
    const time = readDateTime(cells[0] as string);
    if (!time) throw new FormatFailure(line, `"${cells[0]}" is not a timestamp like 2026-01-18T10:31:32.123`, 'bad-date');
    first ??= time;
    rrMs.push(readPositive(cells[1], line, 'an RR interval in ms'));
  }
  // The phone stamps each beat as it arrives: the first stamp is the end of the first beat, close enough to the start.
  return { ok: true, format: 'polar-sensor-logger', rrMs, ...(first ? { startedAt: first } : {}) };
}
