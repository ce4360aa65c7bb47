// Calendar days in a person's time zone, as YYYY-MM-DD strings: the unit trends group by. Intl knows each
// zone's rules (summer time included); date arithmetic on the strings is done in UTC, where every day
// has 24 hours.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface LocalDay {
  /** YYYY-MM-DD in the zone. */
  localDate: string;
  /** Minutes east of UTC in the zone at that instant. */
  utcOffsetMin: number;
}

/** The calendar day and UTC offset at `atMs` in `timeZone` (an IANA name Intl knows). */
export function localDayAt(atMs: number, timeZone: string): LocalDay {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(atMs)).map((p) => [p.type, p.value]));
  const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  const wallMs = Date.UTC(year, month - 1, day, Number(parts.hour), Number(parts.minute), Number(parts.second));
  const wholeSecondMs = Math.floor(atMs / 1000) * 1000;
  return {
    localDate: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    utcOffsetMin: Math.round((wallMs - wholeSecondMs) / 60_000),
  };
}

const dayMs = 24 * 60 * 60 * 1000;
const toUtcMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromUtcMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const isLocalDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && fromUtcMs(toUtcMs(value)) === value;

export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * dayMs);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / dayMs);
}

/** The Monday of the ISO week `date` falls in. */
export function isoWeekStart(date: string): string {
  const weekday = new Date(toUtcMs(date)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function calendarDays(from: string, to: string): string[] {
  // `from` parsed once, not once a day: a two-year trend asks for 790 days.
  const fromMs = toUtcMs(from);
  const count = Math.round((toUtcMs(to) - fromMs) / dayMs) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => fromUtcMs(fromMs + i * dayMs));
}

/** `YYYY-MM-DDTHH:mm` at `atMs` in `timeZone`: what a datetime-local field shows for that instant there. */
export function wallClockAt(atMs: number, timeZone: string): string {
  const { utcOffsetMin } = localDayAt(atMs, timeZone);
  return new Date(atMs + utcOffsetMin * 60_000).toISOString().slice(0, 16);
}
