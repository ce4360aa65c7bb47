import { useFormatter } from 'next-intl';
import type { Weekday } from '@/lib/plan/plan';

/** Weekday names in the page's language: 1 January 2024 was a Monday, so day d of that month is weekday d. */
export function useWeekdayName(): (day: Weekday, width?: 'long' | 'short') => string {
  const format = useFormatter();
  return (day, width = 'long') => format.dateTime(new Date(Date.UTC(2024, 0, day, 12)), { weekday: width, timeZone: 'UTC' });
}
