import { importLimits, uploadLimits } from '../../session/protocol/limits';
import { parseRrFile as readRrTable } from '../parse-rr-file';
import { RrFileError } from '../rr-file-error';
import { isRealDate } from './date-time';
import { FormatFailure, toLines, type TextLine } from './format-failure';
import { isHrvLogger, readHrvLogger } from './hrv-logger';
import { isPolarFlow, readPolarFlow } from './polar-flow';
import { isPolarHrm, readPolarHrm } from './polar-hrm';
import { isPolarSensorLogger, readPolarSensorLogger } from './polar-sensor-logger';
import type { FileDateTime, ParsedRecording, RrFileResult, RrFormat } from './types';

/** Elite HRV names its export after the start: `2026-01-18 10-31-32.txt` (local time, no zone). */
const ELITE_NAME = /(?:^|[/\\])(\d{4})-(\d{2})-(\d{2}) (\d{2})-(\d{2})-(\d{2})\.txt$/i;

/**
 * Reads an RR file of any format Herstel knows, detected from its first lines and its name. Never
 * throws for a bad file: the answer names the line and the reason, so a person can fix the file.
 */
export function parseRrFile(name: string, text: string): RrFileResult {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > importLimits.maxFileBytes) {
    return { ok: false, line: null, code: 'too-large', reason: `the file is ${megabytes(bytes)} MB; at most ${megabytes(importLimits.maxFileBytes)} MB a file` };
  }
  const lines = toLines(text);
  if (lines.length === 0) return { ok: false, line: null, code: 'empty', reason: 'the file is empty' };
  try {
    const parsed = readKnownFormat(name, text, lines);
    if (parsed.rrMs.length < 2) return { ok: false, line: null, code: 'too-few-intervals', reason: `found ${parsed.rrMs.length} RR interval(s); at least 2 are needed` };
    if (parsed.rrMs.length > uploadLimits.maxBeats) return { ok: false, line: null, code: 'too-many-beats', reason: `${parsed.rrMs.length} beats is more than a session holds (${uploadLimits.maxBeats})` };
    return parsed;
  } catch (error) {
    if (error instanceof FormatFailure) return { ok: false, line: error.line, code: error.code, reason: error.reason };
    if (error instanceof RrFileError) return { ok: false, line: error.line, code: error.code, reason: error.message.replace(/^line \d+: /, '') };
    throw error;
  }
}

function readKnownFormat(name: string, text: string, lines: TextLine[]): ParsedRecording {
  if (isPolarSensorLogger(lines)) return readPolarSensorLogger(lines);
  if (isHrvLogger(lines)) return readHrvLogger(lines);
  if (isPolarHrm(name, lines)) return readPolarHrm(lines);
  if (isPolarFlow(lines)) return readPolarFlow(lines);
  const table = readRrTable(text, name);
  const eliteStart = table.format === 'plain' ? readEliteName(name) : undefined;
  if (eliteStart) return { ok: true, format: 'elite-hrv', rrMs: table.rrMs, startedAt: eliteStart };
  const format: RrFormat = table.format === 'kubios-text' ? 'kubios' : table.format === 'csv' ? 'csv' : isTwoColumn(lines) ? 'kubios' : 'plain';
  return { ok: true, format, rrMs: table.rrMs };
}

function readEliteName(name: string): FileDateTime | undefined {
  const m = ELITE_NAME.exec(name);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m as unknown as string[];
  if (!isRealDate(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s))) return undefined;
  return { local: `${y}-${mo}-${d}T${h}:${mi}:${s}` };
}

/** Kubios writes RR text as one column, or time and RR in two. */
function isTwoColumn(lines: TextLine[]): boolean {
  return lines[0] !== undefined && lines[0].text.split(/\s+/).length === 2;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
