// The plan against what was done, one week at a time: each planned day of the week is done (practice
// minutes that day), missed (a day gone by without), or still to come (today without practice yet, or
// later). Days are the person's calendar days, as the trends count them.
import { addDays, isoWeekStart } from '@/lib/trends/local-day';
import { weekdayOf, type Weekday } from './plan';

export type PlannedDayStatus = 'done' | 'missed' | 'to-come';

export interface PlannedDay {
  date: string;
  weekday: Weekday;
  status: PlannedDayStatus;
}

export interface PlanWeek {
  weekStart: string;
  days: PlannedDay[];
  done: number;
  missed: number;
  toCome: number;
  /** Days practised this week that were not planned: they count, just not against the plan. */
  unplannedPractised: number;
}

/** `minutesByDate` holds the days with practice (minutes > 0 counts as practised). */
export function planWeek(planned: readonly Weekday[], today: string, minutesByDate: ReadonlyMap<string, number>): PlanWeek {
  const weekStart = isoWeekStart(today);
  const plannedSet = new Set(planned);
  const days: PlannedDay[] = [];
  let unplannedPractised = 0;
  for (let i = 0; i < 7; i++) {
    const date = addDays(weekStart, i);
    const practised = (minutesByDate.get(date) ?? 0) > 0;
    const weekday = weekdayOf(date);
    if (!plannedSet.has(weekday)) {
      if (practised && date <= today) unplannedPractised += 1;
      continue;
    }
    const status: PlannedDayStatus = practised && date <= today ? 'done' : date < today ? 'missed' : 'to-come';
    days.push({ date, weekday, status });
  }
  const count = (status: PlannedDayStatus) => days.filter((d) => d.status === status).length;
  return { weekStart, days, done: count('done'), missed: count('missed'), toCome: count('to-come'), unplannedPractised };
}
