import type { FileDateTime } from './types';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** `2026-01-18T10:31:32.123`, `2026-01-18 10:31:32 +0100`, `…Z`; undefined when it is none of them. */
export function readDateTime(text: string): FileDateTime | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m as unknown as string[];
  if (!isRealDate(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s))) return undefined;
  const local = `${y}-${mo}-${d}T${h}:${mi}:${(s as string).padStart(2, '0')}`;
  return zone === undefined ? { local } : { local, offsetMinutes: readOffset(zone) };
}

function readOffset(zone: string): number {
  if (zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

export function isRealDate(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, Math.floor(s)));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 61;
}

/** Milliseconds between two local times of one file (both without a zone, or in the same one). */
export function localMs(local: string): number {
  return Date.parse(`${local}Z`);
}

/** The instant of a file time: its own offset, else the zone the person gives as an offset for that moment. */
export function toInstant(time: FileDateTime, fallbackOffsetMinutes: (localUtcMs: number) => number): Date {
  const asUtc = localMs(time.local);
  const offset = time.offsetMinutes ?? fallbackOffsetMinutes(asUtc);
  return new Date(asUtc - offset * 60_000);
}
