/** The browser's IANA time zone, sent by the page so server-rendered dates follow it too. */
export const timeZoneCookie = 'herstel-tz';
/** Before the browser has told us (the very first page), the zone most of Herstel's people live in. */
export const fallbackTimeZone = 'Europe/Amsterdam';

/** A zone Intl knows, or null: the cookie is the browser's word, but still input. */
export function validTimeZone(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
