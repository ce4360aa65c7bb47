import { describe, expect, it } from 'vitest';
import { planInputSchema } from './plan';
import { planWeek } from './plan-week';

describe('the plan against what was done', () => {
  // Wednesday 2 December 2026; the week runs Monday 30 November to Sunday 6 December.
  const today = '2026-12-02';

  it('marks planned days done, missed or to come, and counts unplanned practice apart', () => {
    const minutes = new Map([
      ['2026-11-30', 10], // Monday, planned, practised
      ['2026-12-01', 5], // Tuesday, not planned
      ['2026-11-29', 20], // the Sunday before: another week
    ]);
    const week = planWeek([1, 3, 5, 7], today, minutes);
    expect(week.weekStart).toBe('2026-11-30');
    expect(week.days).toEqual([
      { date: '2026-11-30', weekday: 1, status: 'done' },
      { date: '2026-12-02', weekday: 3, status: 'to-come' },
      { date: '2026-12-04', weekday: 5, status: 'to-come' },
      { date: '2026-12-06', weekday: 7, status: 'to-come' },
    ]);
    expect([week.done, week.missed, week.toCome, week.unplannedPractised]).toEqual([1, 0, 3, 1]);
  });

  it('counts a past planned day without practice as missed, and today done once practised', () => {
    const week = planWeek([1, 3], today, new Map([['2026-12-02', 6]]));
    expect(week.days.map((d) => d.status)).toEqual(['missed', 'done']);
    // A morning reading alone (0 practice minutes) is not practice.
    expect(planWeek([3], today, new Map([['2026-12-02', 0]])).days[0]?.status).toBe('to-come');
  });

  it('starts the week on Monday when today is Sunday', () => {
    const week = planWeek([1, 7], '2026-12-06', new Map());
    expect(week.days.map((d) => [d.date, d.status])).toEqual([
      ['2026-11-30', 'missed'],
      ['2026-12-06', 'to-come'],
    ]);
  });

  it('accepts a plan of distinct weekdays and a clock time, and refuses anything else', () => {
    expect(planInputSchema.parse({ weekdays: [5, 1], timeOfDay: '07:05', durationMin: 10 }).weekdays).toEqual([1, 5]);
    for (const bad of [
      { weekdays: [], timeOfDay: '07:00', durationMin: 10 },
      { weekdays: [1, 1], timeOfDay: '07:00', durationMin: 10 },
      { weekdays: [8], timeOfDay: '07:00', durationMin: 10 },
      { weekdays: [1], timeOfDay: '24:00', durationMin: 10 },
      { weekdays: [1], timeOfDay: '7:00', durationMin: 10 },
      { weekdays: [1], timeOfDay: '07:00', durationMin: 0 },
      { weekdays: [1], timeOfDay: '07:00', durationMin: 10.5 },
    ]) {
      expect(planInputSchema.safeParse(bad).success).toBe(false);
    }
  });
});
