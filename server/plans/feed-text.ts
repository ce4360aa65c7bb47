import 'server-only';
// The words of the calendar feed's events, in the language the person planned in. The feed is fetched
// without a cookie or a browser language, so it cannot follow either.
import { getMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import type { PlanCalendarInput } from '@/lib/plan/ics';

export function feedText(locale: Locale, durationMin: number): PlanCalendarInput['text'] {
  const m = getMessages(locale).plan.feed;
  const fill = (text: string) => text.replace('{minutes}', String(durationMin));
  return { calendarName: m.calendarName, summary: fill(m.summary), description: fill(m.description), reminder: fill(m.reminder) };
}
