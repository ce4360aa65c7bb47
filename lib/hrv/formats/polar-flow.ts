import { FormatFailure, readPositive, toMilliseconds, type TextLine } from './format-failure';
import type { ParsedRecording } from './types';

const ROW = /^[\d.,]+\t[^\t]*$/;

/** Tab-separated rows of two values, the first a time in seconds (an optional header line first); its first two rows decide. */
export function isPolarFlow(lines: readonly TextLine[]): boolean {
  const rows = /^[a-z]/i.test(lines[0]?.text ?? '') ? lines.slice(1) : lines;
  return rows.length > 0 && rows.slice(0, 2).every((l) => ROW.test(l.text));
}

/** Polar Flow's RR export: `seconds<TAB>RR`, RR in ms or s. */
export function readPolarFlow(lines: readonly TextLine[]): ParsedRecording {
  const rows = /^[a-z]/i.test(lines[0]?.text ?? '') ? lines.slice(1) : lines;
  let previousS = -1;
  const values = rows.map(({ text, line }) => {
    const cells = text.split('\t');
    if (cells.length !== 2) throw new FormatFailure(line, `expected "seconds<tab>RR" separated by one tab, found "${text}"`, 'wrong-separator');
    const timeS = Number((cells[0] as string).replace(',', '.'));
    if (!Number.isFinite(timeS) || timeS < previousS) throw new FormatFailure(line, `the time "${cells[0]}" is not a number of seconds after the previous row`, 'bad-time');
    previousS = timeS;
    return readPositive(cells[1], line, 'an RR interval');
  });
  return { ok: true, format: 'polar-flow', rrMs: toMilliseconds(values) };
}
