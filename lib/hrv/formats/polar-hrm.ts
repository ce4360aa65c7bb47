import { isRealDate } from './date-time';
import { FormatFailure, readPositive, type TextLine } from './format-failure';
import type { FileDateTime, ParsedRecording } from './types';

export function isPolarHrm(name: string, lines: readonly TextLine[]): boolean {
  return /\.hrm$/i.test(name) || lines.some((l) => /^\[HRData\]$/i.test(l.text));
}

/** Polar `.hrm`: `[Params]` holds Date=YYYYMMDD and StartTime=HH:MM:SS.s (local, no zone); `[HRData]` an RR in ms a row. */
export function readPolarHrm(lines: readonly TextLine[]): ParsedRecording {
  const params = new Map<string, string>();
  let section = '';
  const rrMs: number[] = [];
  for (const { text, line } of lines) {
    const header = /^\[(.+)\]$/.exec(text);
    if (header) {
      section = (header[1] as string).toLowerCase();
      continue;
    }
    if (section === 'params') {
      const [key, value] = text.split('=');
      if (key !== undefined && value !== undefined) params.set(key.trim().toLowerCase(), value.trim());
    } else if (section === 'hrdata') {
      rrMs.push(readPositive(text.split(/\s+/)[0], line, 'an RR interval in ms'));
    }
  }
  if (!lines.some((l) => /^\[HRData\]$/i.test(l.text))) throw new FormatFailure(null, 'a Polar .hrm file needs an [HRData] section', 'missing-section');
  const startedAt = readStart(params.get('date'), params.get('starttime'));
  return { ok: true, format: 'polar-hrm', rrMs, ...(startedAt ? { startedAt } : {}) };
}

function readStart(date: string | undefined, time: string | undefined): FileDateTime | undefined {
  const d = /^(\d{4})(\d{2})(\d{2})$/.exec(date ?? '');
  const t = /^(\d{1,2}):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(time ?? '');
  if (!d || !t) return undefined;
  const [, y, mo, day] = d as unknown as string[];
  const [, h, mi, s] = t as unknown as string[];
  if (!isRealDate(Number(y), Number(mo), Number(day), Number(h), Number(mi), Number(s))) return undefined;
  const seconds = (s as string).replace(/\.0+$/, '');
  return { local: `${y}-${mo}-${day}T${(h as string).padStart(2, '0')}:${mi}:${seconds.padStart(2, '0')}` };
}
