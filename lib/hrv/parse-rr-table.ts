import type { RrFileFormat } from './parse-rr-file';
import { RrFileError } from './rr-file-error';

const COMMENT = /^\s*(#|%|\/\/)/;
const NUMERIC_CELL = /^\s*"?[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?"?\s*$/;
/** Column names that hold RR intervals: RR, RRI, IBI, NN as a word (rr_ms, "RR (ms)", IBI[s]…). */
const RR_HEADER = /(^|[^a-z])(rr|rri|ibi|nn)([^a-z]|$)/i;

export interface NumberedValue {
  value: number;
  line: number;
}

interface Row {
  cells: string[];
  line: number;
}

/**
 * Plain, CSV and Kubios-style text. Lines before the first numeric row are preamble; the last of them
 * is the header when it names columns. Without a header, two or more columns are read as time + RR
 * when the first column never decreases (Kubios' layout), else the first column is RR.
 */
export function parseTable(lines: string[]): { values: NumberedValue[]; format: RrFileFormat } {
  let header: { text: string; line: number } | null = null;
  let preamble = 0;
  let separator: RegExp | null = null;
  const rows: Row[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (text.trim() === '' || COMMENT.test(text)) {
      if (COMMENT.test(text)) preamble++;
      continue;
    }
    if (separator === null) {
      const sep = chooseSeparator(text, header);
      if (!split(text, sep).every((c) => NUMERIC_CELL.test(c))) {
        header = { text, line: i + 1 };
        preamble++;
        continue;
      }
      separator = sep;
    }
    rows.push({ cells: split(text, separator), line: i + 1 });
  }
  if (separator === null || rows.length === 0) throw new RrFileError('bad-number', 'no numeric RR values found', header?.line ?? null);

  const width = (rows[0] as Row).cells.length;
  // The last preamble line names the columns only when it has as many cells as the data.
  const headerCells = header ? split(header.text, separator) : [];
  let column = 0;
  let format: RrFileFormat = preamble > 0 ? 'kubios-text' : 'plain';
  if (header && width > 1 && headerCells.length === width) {
    column = headerCells.findIndex((c) => RR_HEADER.test(c));
    if (column < 0) throw new RrFileError('no-rr-column', `no RR column in the header (looked for rr, rri, ibi or nn): ${headerCells.join(' | ')}`, header.line);
    format = 'csv';
  } else if (width > 1) {
    column = isNonDecreasing(rows, 0) ? 1 : 0;
  } else if (header && RR_HEADER.test(header.text) && preamble === 1) {
    format = 'csv'; // a one-column CSV: just an "rr_ms" header
  }
  const values = rows.map((row) => {
    const cell = row.cells[column];
    if (cell === undefined || cell.trim() === '') throw new RrFileError('missing-column', `expected an RR value in column ${column + 1}`, row.line);
    return { value: parseNumber(cell, row.line), line: row.line };
  });
  return { values, format };
}

function chooseSeparator(line: string, header: { text: string } | null): RegExp {
  if (line.includes('\t')) return /\t/;
  if (line.includes(';')) return /;/;
  const commas = (line.match(/,/g) ?? []).length;
  // One comma and no header naming columns: most likely a decimal comma ("812,5"), not a separator.
  if (commas > 1 || (commas === 1 && header !== null && header.text.includes(','))) return /,/;
  if (commas === 1 && !/^\s*\d+,\d+\s*$/.test(line)) return /,/;
  return /\s+/;
}

function split(line: string, separator: RegExp): string[] {
  const trimmed = line.trim();
  return separator.source === '\\s+' ? trimmed.split(/\s+/) : trimmed.split(separator).map((c) => c.trim());
}

function isNonDecreasing(rows: Row[], column: number): boolean {
  let prev = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const v = Number((row.cells[column] ?? '').replace(',', '.'));
    if (!(v >= prev)) return false;
    prev = v;
  }
  return true;
}

/** Strict number parsing: the whole cell must be a number (a decimal comma is accepted). */
export function parseNumber(cell: string, line: number): number {
  const s = cell.trim().replace(/^"(.*)"$/, '$1').replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) throw new RrFileError('bad-number', `"${cell.trim()}" is not a number`, line);
  const value = Number(s);
  if (!(value > 0) || !Number.isFinite(value)) throw new RrFileError('non-positive', `RR interval ${cell.trim()} must be a positive number`, line);
  return value;
}
