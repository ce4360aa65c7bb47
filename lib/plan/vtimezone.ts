// A VTIMEZONE (RFC 5545 §3.6.5) for an IANA zone, from what Intl knows of it: every change of UTC offset
// in the years asked for, each as an observance of its own. Calendar apps then place a plan's local time
// correctly across summer time without a zone database of their own. No rules are guessed: a zone that
// changes its rules later gets a new VTIMEZONE the next time the calendar fetches the feed.
import { localDayAt } from '@/lib/trends/local-day';

const hourMs = 60 * 60 * 1000;
const offsetAt = (ms: number, zone: string) => localDayAt(ms, zone).utcOffsetMin;

/** The instants (ms, to the minute) in [fromMs, toMs) where the zone's offset changes. */
export function offsetChanges(zone: string, fromMs: number, toMs: number): { atMs: number; fromMin: number; toMin: number }[] {
  const changes: { atMs: number; fromMin: number; toMin: number }[] = [];
  // Offset changes are months apart (never two within a day): a daily step cannot step over two, and the
  // binary search below finds each to the minute.
  const stepMs = 24 * hourMs;
  let previous = offsetAt(fromMs, zone);
  for (let t = fromMs + stepMs; t < toMs + stepMs; t += stepMs) {
    const current = offsetAt(t, zone);
    if (current === previous) continue;
    let low = t - stepMs;
    let high = t;
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetAt(mid, zone) === previous) low = mid;
      else high = mid;
    }
    if (high < toMs) changes.push({ atMs: high, fromMin: previous, toMin: current });
    previous = current;
  }
  return changes;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** A UTC instant as the local date-time (YYYYMMDDTHHMMSS) at a given offset. */
export function localStamp(ms: number, offsetMin: number): string {
  return new Date(ms + offsetMin * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

const cache = new Map<string, string[]>();

/**
 * The VTIMEZONE's lines for `zone`, covering the years fromYear..toYear (inclusive). Kept once made: a
 * zone's rules do not change while the process runs (a new Intl comes only with a new Node).
 */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const key = `${zone}|${fromYear}|${toYear}`;
  let lines = cache.get(key);
  if (!lines) {
    lines = buildVtimezoneLines(zone, fromYear, toYear);
    cache.set(key, lines);
  }
  return lines;
}

function buildVtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const fromMs = Date.UTC(fromYear, 0, 1);
  const toMs = Date.UTC(toYear + 1, 0, 1);
  const initial = offsetAt(fromMs, zone);
  const changes = offsetChanges(zone, fromMs, toMs);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  // The offset in force from the start of the range: its "onset" is that start, from and to the same.
  lines.push(...observance(initial, initial, localStamp(fromMs, initial), changes.length > 0 && initial > Math.min(...changes.map((c) => c.toMin))));
  for (const change of changes) {
    // DTSTART is the local time of the onset on the clock before it (RFC 5545: in TZOFFSETFROM).
    lines.push(...observance(change.fromMin, change.toMin, localStamp(change.atMs, change.fromMin), change.toMin > change.fromMin));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function observance(fromMin: number, toMin: number, dtstart: string, daylight: boolean): string[] {
  const kind = daylight ? 'DAYLIGHT' : 'STANDARD';
  return [`BEGIN:${kind}`, `DTSTART:${dtstart}`, `TZOFFSETFROM:${formatOffset(fromMin)}`, `TZOFFSETTO:${formatOffset(toMin)}`, `END:${kind}`];
}
