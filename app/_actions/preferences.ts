'use server';
import { cookies } from 'next/headers';
import { InvalidPreferenceError, setDailyGoal, setTimeZone } from '@/db/queries/preferences';
import { isLocale, localeCookie } from '@/lib/i18n/locales';
import { getCurrentSession, toViewer } from '@/server/auth';
import { isTheme, themeCookie } from '@/lib/preferences/theme';

const oneYearS = 60 * 60 * 24 * 365;
const cookieOptions = { maxAge: oneYearS, path: '/', sameSite: 'lax', httpOnly: true } as const;

export async function saveLocale(locale: string): Promise<void> {
  if (!isLocale(locale)) throw new Error(`Unsupported language: ${locale}`);
  (await cookies()).set(localeCookie, locale, cookieOptions);
}

export async function saveTheme(theme: string): Promise<void> {
  if (!isTheme(theme)) throw new Error(`Unsupported theme: ${theme}`);
  (await cookies()).set(themeCookie, theme, cookieOptions);
}

/** What a stored preference answers: the value as stored, or why it was not. */
export type PreferenceResult<T> = { ok: true; value: T } | { ok: false; error: 'unauthenticated' | 'invalid' };

async function withViewer<T>(save: (viewer: ReturnType<typeof toViewer>) => Promise<T>): Promise<PreferenceResult<T>> {
  const session = await getCurrentSession();
  if (!session) return { ok: false, error: 'unauthenticated' };
  try {
    return { ok: true, value: await save(toViewer(session)) };
  } catch (error) {
    if (error instanceof InvalidPreferenceError) return { ok: false, error: 'invalid' };
    throw error;
  }
}

/** The IANA zone the person's days are counted in (Settings); stored as Intl resolves the name. */
export async function updateTimeZone(zone: string): Promise<PreferenceResult<string>> {
  return withViewer((viewer) => setTimeZone(viewer, zone));
}

/** Minutes of practice a day the person aims for, 1 to 120. */
export async function updateDailyGoal(minutes: number): Promise<PreferenceResult<number>> {
  return withViewer((viewer) => setDailyGoal(viewer, minutes));
}
