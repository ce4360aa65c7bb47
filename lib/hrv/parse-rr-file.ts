import { RrFileError } from './rr-file-error';
import { parseNumber, parseTable, type NumberedValue } from './parse-rr-table';

export type RrFileFormat = 'plain' | 'csv' | 'kubios-text' | 'polar-hrm';

export interface ParsedRrFile {
  rrMs: number[];
  format: RrFileFormat;
  /** The unit the file was written in; rrMs is always ms. */
  unit: 'ms' | 's';
}

/**
 * Reads RR intervals from the text of a file: one value per line (ms or s, e.g. Elite HRV), CSV with
 * an RR/RRI/IBI/NN column (`,` `;` or tab), Polar `.hrm` ([HRData], first column RR in ms), or
 * Kubios-style text (preamble, comments, time + RR columns). Seconds are recognised by a median
 * below 10. Pure: the caller reads the file.
 */
export function parseRrFile(text: string, filename = ''): ParsedRrFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (lines.every((l) => l.trim() === '')) throw new RrFileError('empty', 'the file is empty');
  const isHrm = /\.hrm$/i.test(filename) || lines.some((l) => /^\s*\[HRData\]\s*$/i.test(l));
  const table = isHrm ? { values: parseHrm(lines), format: 'polar-hrm' as const } : parseTable(lines);
  const { values, format } = table;
  if (values.length < 2) throw new RrFileError('too-few-intervals', `found ${values.length} RR interval(s); at least 2 are needed`);
  const median = medianOf(values.map((v) => v.value));
  const unit = !isHrm && median < 10 ? 's' : 'ms';
  const rrMs = values.map((v) => (unit === 's' ? v.value * 1000 : v.value));
  const medianMs = unit === 's' ? median * 1000 : median;
  if (medianMs < 250 || medianMs > 3000) {
    throw new RrFileError('implausible-rr', `median RR of ${round(medianMs)} ms is not a heart beat interval (expected 250–3000 ms, or seconds below 10); is this heart rate instead of RR?`);
  }
  return { rrMs, format, unit };
}

function parseHrm(lines: string[]): NumberedValue[] {
  const start = lines.findIndex((l) => /^\s*\[HRData\]\s*$/i.test(l));
  if (start < 0) throw new RrFileError('missing-section', 'Polar .hrm file without an [HRData] section');
  const values: NumberedValue[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line.startsWith('[')) break;
    if (line === '') continue;
    const first = line.split(/\s+/)[0] as string;
    values.push({ value: parseNumber(first, i + 1), line: i + 1 });
  }
  return values;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
