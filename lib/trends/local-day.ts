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
const fromUtcMs = (ms: number) => isoInstant(ms).slice(0, 10);

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));
/** 0000-01-01 and 10000-01-01 in epoch ms: outside these years toISOString writes a signed six-digit year. */
const isoFastFromMs = -62_167_219_200_000;
const isoFastToMs = 253_402_300_800_000;

/**
 * Exactly what `new Date(ms).toISOString()` writes (`YYYY-MM-DDTHH:mm:ss.sssZ`), without a Date per call:
 * a trend of two years writes some 2,300 of them. The civil date from the day number after Howard
 * Hinnant's days_from_civil inverse; years outside 0–9999 and non-finite values go to toISOString itself.
 */
export function isoInstant(ms: number): string {
  if (!(ms >= isoFastFromMs && ms < isoFastToMs) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const days = Math.floor(ms / dayMs);
  let rest = ms - days * dayMs;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const year4 = year < 10 ? `000${year}` : year < 100 ? `00${year}` : year < 1000 ? `0${year}` : String(year);
  return `${year4}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${pad3(rest - second * 1000)}Z`;
}

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
