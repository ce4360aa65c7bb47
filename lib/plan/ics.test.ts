import { describe, expect, it } from 'vitest';
import { buildPlanCalendar, escapeText, firstOnOrAfter, foldLine, type PlanCalendarInput } from './ics';
import { offsetChanges, vtimezoneLines } from './vtimezone';

const input: PlanCalendarInput = {
  planId: '5f0c1d2e-aaaa-4bbb-8ccc-123456789abc',
  weekdays: [1, 3, 6],
  timeOfDay: '07:30',
  durationMin: 10,
  timeZone: 'Europe/Amsterdam',
  startDate: '2026-12-02', // a Wednesday
  updatedAt: new Date('2026-12-02T02:30:15.123Z'),
  reminderMin: 10,
  text: { calendarName: 'Herstel: practice plan', summary: 'Breathe, 10 minutes', description: 'Slow breathing; a longer exhale, e.g. 4 in, 6 out.', reminder: 'Time to breathe' },
};

const unfolded = (ics: string) => ics.replace(/\r\n /g, '');
const linesOf = (ics: string) => unfolded(ics).split('\r\n');

describe('the plan calendar', () => {
  it('is one VCALENDAR with CRLF lines and one weekly event per planned day, each with a reminder', () => {
    const ics = buildPlanCalendar(input);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = linesOf(ics);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('RRULE:'))).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=MO', 'RRULE:FREQ=WEEKLY;BYDAY=WE', 'RRULE:FREQ=WEEKLY;BYDAY=SA']);
    // Each event starts on the first such weekday from the start date, at the local time in the zone.
    expect(lines.filter((l) => l.startsWith('DTSTART;'))).toEqual([
      'DTSTART;TZID=Europe/Amsterdam:20261207T073000',
      'DTSTART;TZID=Europe/Amsterdam:20261202T073000',
      'DTSTART;TZID=Europe/Amsterdam:20261205T073000',
    ]);
    expect(lines.filter((l) => l === 'DURATION:PT10M')).toHaveLength(3);
    expect(lines.filter((l) => l === 'TRIGGER:-PT10M')).toHaveLength(3);
    expect(lines.filter((l) => l === 'ACTION:DISPLAY')).toHaveLength(3);
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(3);
    expect(lines).toContain('DTSTAMP:20261202T023015Z');
    // Stable UIDs: a refetch updates the same events.
    expect(new Set(lines.filter((l) => l.startsWith('UID:'))).size).toBe(3);
    expect(buildPlanCalendar(input)).toBe(ics);
  });

  it('carries a VTIMEZONE for the zone it names, with Amsterdam’s summer time changes', () => {
    const lines = linesOf(buildPlanCalendar(input));
    const start = lines.indexOf('BEGIN:VTIMEZONE');
    const end = lines.indexOf('END:VTIMEZONE');
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
    const zone = lines.slice(start, end + 1);
    expect(zone).toContain('TZID:Europe/Amsterdam');
    // Summer time on 29 March 2026 at 02:00 local (+0100 → +0200) and back on 25 October at 03:00 (+0200 → +0100).
    const onsets = zone.join('\n');
    expect(onsets).toContain('BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT');
    expect(onsets).toContain('BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD');
    expect(zone.filter((l) => l === 'BEGIN:DAYLIGHT').length).toBe(6);
  });

  it('gives a zone without summer time a single standard observance', () => {
    const zone = vtimezoneLines('Asia/Kolkata', 2026, 2031);
    expect(zone.filter((l) => l.startsWith('BEGIN:'))).toEqual(['BEGIN:VTIMEZONE', 'BEGIN:STANDARD']);
    expect(zone).toContain('TZOFFSETTO:+0530');
    expect(vtimezoneLines('UTC', 2026, 2026)).toContain('TZOFFSETTO:+0000');
  });

  it('finds offset changes to the minute, also south of the equator and at half hours', () => {
    const sydney = offsetChanges('Australia/Sydney', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(sydney.map((c) => [new Date(c.atMs).toISOString(), c.fromMin, c.toMin])).toEqual([
      ['2026-04-04T16:00:00.000Z', 660, 600],
      ['2026-10-03T16:00:00.000Z', 600, 660],
    ]);
    const lordHowe = offsetChanges('Australia/Lord_Howe', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(lordHowe.map((c) => c.toMin)).toEqual([630, 660]);
  });

  it('escapes TEXT values and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const ics = buildPlanCalendar({ ...input, text: { ...input.text, summary: 'Ademhaling, rust; 10 min\\dag\nmorgen', description: 'ë'.repeat(60) } });
    const lines = linesOf(ics);
    expect(lines).toContain('SUMMARY:Ademhaling\\, rust\\; 10 min\\\\dag\\nmorgen');
    expect(lines).toContain(`DESCRIPTION:${'ë'.repeat(60)}`);
    for (const raw of ics.split('\r\n')) expect(new TextEncoder().encode(raw).length).toBeLessThanOrEqual(75);
    const folded = foldLine(`X:${'ë'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`X:${'ë'.repeat(60)}`);
    expect(folded.split('\r\n')[1]?.startsWith(' ')).toBe(true);
  });

  it('puts nothing but the plan in', () => {
    const ics = buildPlanCalendar(input);
    expect(ics).not.toMatch(/rmssd|hrv|heart/i);
    expect(firstOnOrAfter('2026-12-02', 3)).toBe('2026-12-02');
    expect(firstOnOrAfter('2026-12-02', 2)).toBe('2026-12-08');
  });
});
