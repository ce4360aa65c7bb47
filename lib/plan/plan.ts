// The practice plan as the person sets it: the weekdays and the time on their own clock they mean to
// practise, and for how long. Pure, so the browser form and the server check it the same way.
import { z } from 'zod';

/** ISO weekdays: 1 = Monday … 7 = Sunday (the week of the trends starts on Monday too). */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof weekdays)[number];

export const planDurationLimits = { min: 1, max: 120, defaultMinutes: 10 } as const;
export const defaultPlanTime = '07:30';

const timeOfDayPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

export const planInputSchema = z.object({
  weekdays: z
    .array(z.number().int().min(1).max(7))
    .min(1, 'Choose at least one day.')
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'Each day once.')
    .transform((days) => sortedWeekdays(days as Weekday[])),
  timeOfDay: z.string().regex(timeOfDayPattern, 'A time is HH:MM, 00:00 to 23:59.'),
  durationMin: z.number().int().min(planDurationLimits.min).max(planDurationLimits.max),
});

export type PlanInput = z.infer<typeof planInputSchema>;

/** What GET /api/plan answers: the plan (null without one) and whether its calendar feed is on. */
export interface PracticePlan extends PlanInput {
  feedEnabled: boolean;
  updatedAt: string;
}

export function sortedWeekdays(days: readonly Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

/** The ISO weekday of a YYYY-MM-DD date. */
export function weekdayOf(date: string): Weekday {
  const sunday0 = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (sunday0 === 0 ? 7 : sunday0) as Weekday;
}
