'use server';
import { cookies } from 'next/headers';
import { isLocale, localeCookie } from '@/lib/i18n/locales';
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
