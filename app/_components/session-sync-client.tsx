'use client';
import { useEffect } from 'react';
import { getUploader } from '@/lib/session/browser-journal';

/**
 * Once someone is signed in, sessions kept in this browser go to their account: a guest's sessions
 * (after sign-up or sign-in), and uploads or check-ins that failed offline. Again whenever the browser
 * comes back online. Renders nothing.
 */
export function SessionSyncClient({ userId }: { userId: string | null }) {
  useEffect(() => {
    if (!userId || typeof indexedDB === 'undefined') return;
    const sync = () => {
      void getUploader()
        .then((uploader) => uploader.syncAll(userId))
        .catch(() => undefined);
    };
    sync();
    window.addEventListener('online', sync);
    return () => window.removeEventListener('online', sync);
  }, [userId]);
  return null;
}
