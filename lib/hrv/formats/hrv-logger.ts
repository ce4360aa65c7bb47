import { readDateTime } from './date-time';
import { FormatFailure, readPositive, type TextLine } from './format-failure';
import type { ParsedRecording } from './types';

const HEADER = /^date\s*,\s*rr\s*,\s*since start$/i;

export function isHrvLogger(lines: readonly TextLine[]): boolean {
  return HEADER.test(lines[0]?.text ?? '');
}

/** HRV Logger's RR export: `date,rr,since start` with the date of each beat (often with its zone) and RR in ms. */
export function readHrvLogger(lines: readonly TextLine[]): ParsedRecording {
  const rrMs: number[] = [];
  let first: ReturnType<typeof readDateTime>;
  for (const { text, line } of lines.slice(1)) {
    const cells = text.split(',');
    if (cells.length !== 3) throw new FormatFailure(line, `expected three values "date,rr,since start" separated by commas, found "${text}"`, 'wrong-separator');
    const time = readDateTime(cells[0] as string);
    if (!time) throw new FormatFailure(line, `"${(cells[0] as string).trim()}" is not a date like 2026-01-18 07:12:33.472 +0100`, 'bad-date');
    first ??= time;
    rrMs.push(readPositive(cells[1], line, 'an RR interval in ms'));
    readPositive(cells[2], line, 'the time since start');
  }
  return { ok: true, format: 'hrv-logger', rrMs, ...(first ? { startedAt: first } : {}) };
}
