import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { isLocale, localeCookie, pickLocale, type Locale } from './locales';
import { getMessages } from './messages';
import { fallbackTimeZone, timeZoneCookie, validTimeZone } from './time-zone';

export async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(localeCookie)?.value;
  if (isLocale(chosen)) return chosen;
  return pickLocale((await headers()).get('accept-language'));
}

/** Dates and times in the browser's own zone (its cookie), not a fixed one. */
export async function resolveTimeZone(): Promise<string> {
  return validTimeZone((await cookies()).get(timeZoneCookie)?.value) ?? fallbackTimeZone;
}

export default getRequestConfig(async () => {
  const [locale, timeZone] = await Promise.all([resolveLocale(), resolveTimeZone()]);
  return { locale, messages: getMessages(locale), timeZone };
});
