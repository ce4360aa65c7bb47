// The practice plan as an iCalendar feed (RFC 5545) that Apple Calendar, Google Calendar and Outlook
// subscribe to: one weekly recurring event per planned weekday at the person's local time, in their zone
// (with its VTIMEZONE), each with a reminder. Only the plan goes in: no health data.
import { addDays } from '@/lib/trends/local-day';
import { weekdayOf, type Weekday } from './plan';
import { vtimezoneLines } from './vtimezone';

export interface PlanCalendarInput {
  /** Stable across fetches, so a calendar updates its events instead of adding new ones. */
  planId: string;
  weekdays: readonly Weekday[];
  /** HH:MM in `timeZone`. */
  timeOfDay: string;
  durationMin: number;
  timeZone: string;
  /** The first day (YYYY-MM-DD, in the zone) the plan may fall on. */
  startDate: string;
  updatedAt: Date;
  reminderMin: number;
  text: { calendarName: string; summary: string; description: string; reminder: string };
}

const rruleDays: Record<Weekday, string> = { 1: 'MO', 2: 'TU', 3: 'WE', 4: 'TH', 5: 'FR', 6: 'SA', 7: 'SU' };

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines escaped. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (§3.1): CRLF and a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The first date on or after `from` that falls on `weekday`. */
export function firstOnOrAfter(from: string, weekday: Weekday): string {
  const ahead = (weekday - weekdayOf(from) + 7) % 7;
  return addDays(from, ahead);
}

export function buildPlanCalendar(input: PlanCalendarInput): string {
  const startYear = Number(input.startDate.slice(0, 4));
  const [hh, mm] = input.timeOfDay.split(':');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Herstel//Practice plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.text.calendarName)}`,
    `X-WR-TIMEZONE:${input.timeZone}`,
    // Asks calendar apps to fetch again after a few hours, so a changed plan arrives the same day.
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
    ...vtimezoneLines(input.timeZone, startYear, startYear + 5),
  ];
  for (const weekday of input.weekdays) {
    const day = firstOnOrAfter(input.startDate, weekday).replace(/-/g, '');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${input.planId}-${rruleDays[weekday].toLowerCase()}@herstel`,
      `DTSTAMP:${utcStamp(input.updatedAt)}`,
      `LAST-MODIFIED:${utcStamp(input.updatedAt)}`,
      `DTSTART;TZID=${input.timeZone}:${day}T${hh}${mm}00`,
      `DURATION:PT${input.durationMin}M`,
      `RRULE:FREQ=WEEKLY;BYDAY=${rruleDays[weekday]}`,
      `SUMMARY:${escapeText(input.text.summary)}`,
      `DESCRIPTION:${escapeText(input.text.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(input.text.reminder)}`,
      `TRIGGER:-PT${input.reminderMin}M`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
