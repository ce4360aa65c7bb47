import type { RrFileErrorCode } from '../rr-file-error';

/** Thrown inside a reader and turned into an RrFormatError by parseRrFile: readers stay straight-line code. */
export class FormatFailure extends Error {
  constructor(
    readonly line: number | null,
    readonly reason: string,
    /** What kind of problem, so a page can say it in the reader's language. */
    readonly code: RrFileErrorCode,
  ) {
    super(line === null ? reason : `line ${line}: ${reason}`);
    this.name = 'FormatFailure';
  }
}

export interface TextLine {
  text: string;
  /** 1-based, as an editor shows it. */
  line: number;
}

/** The file's lines without a byte-order mark, blank lines left out but numbered as in the file. */
export function toLines(text: string): TextLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .map((t, i) => ({ text: t.trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
}

/** A whole cell as a positive number (a decimal comma accepted), or a failure naming the line. */
export function readPositive(cell: string | undefined, line: number, what: string): number {
  const s = (cell ?? '').trim().replace(/^"(.*)"$/, '$1').replace(',', '.');
  if (s === '') throw new FormatFailure(line, `expected ${what} but the line has no value there`, 'missing-column');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) throw new FormatFailure(line, `"${(cell ?? '').trim()}" is not a number (expected ${what})`, 'bad-number');
  const value = Number(s);
  if (!(value > 0) || !Number.isFinite(value)) throw new FormatFailure(line, `${what} must be a positive number, not ${s}`, 'non-positive');
  return value;
}

/** Values in seconds (median below 10) become ms; a median outside 250–3000 ms is not RR at all. */
export function toMilliseconds(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1] ?? 0;
  const scale = median < 10 ? 1000 : 1;
  const medianMs = median * scale;
  if (medianMs < 250 || medianMs > 3000) {
    throw new FormatFailure(null, `the median RR is ${Math.round(medianMs)} ms, not a heart beat interval (expected 250–3000 ms, or seconds); is this heart rate instead of RR?`, 'implausible-rr');
  }
  return values.map((v) => v * scale);
}
