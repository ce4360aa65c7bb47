'use client';
import { useRouter } from 'next/navigation';
import { useTimeZone } from 'next-intl';
import { useEffect } from 'react';
import { timeZoneCookie } from '@/lib/i18n/time-zone';

/**
 * Tells the server the browser's time zone (a cookie) and re-renders once when it differs from the one
 * the page was drawn in, so every date and time reads in the person's own zone.
 */
export function TimeZoneSync() {
  const router = useRouter();
  const rendered = useTimeZone();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === rendered) return;
    document.cookie = `${timeZoneCookie}=${zone}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [rendered, router]);
  return null;
}
