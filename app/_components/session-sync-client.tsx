'use client';
import { useEffect } from 'react';
import { getUploader, setSignedInUser } from '@/lib/session/journal/browser-journal';

/**
 * Tells the browser-side sync who is signed in (a change stops the previous person's retries). Once
 * someone is, sessions kept in this browser go to their account: a guest's sessions (after sign-up or
 * sign-in), and their own uploads or check-ins that failed offline. Again whenever the browser comes
 * back online. Renders nothing.
 */
export function SessionSyncClient({ userId }: { userId: string | null }) {
  useEffect(() => {
    // Also without IndexedDB: sessions this tab keeps in memory go out with this person's login too.
    setSignedInUser(userId);
    if (!userId) return;
    const sync = () => {
      void getUploader()
        .then((uploader) => uploader.syncAll())
        .catch(() => undefined);
    };
    sync();
    window.addEventListener('online', sync);
    return () => window.removeEventListener('online', sync);
  }, [userId]);
  return null;
}
