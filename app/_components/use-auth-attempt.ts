import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { authErrorKey } from '@/lib/auth/error-key';
import { setSignedInUser } from '@/lib/session/journal/browser-journal';
import type { FormErrorKey } from './form-error';

/** One sign-in or sign-up attempt: busy state, a translated error key, and on success back to `next`. */
export function useAuthAttempt(next: string) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormErrorKey | null>(null);

  const attempt = async (call: () => Promise<{ data: { user: { id: string } } | null; error: { status?: number; code?: string } | null }>) => {
    setBusy(true);
    setError(null);
    let failure: { status?: number; code?: string } | null;
    let userId: string | null = null;
    try {
      const result = await call();
      failure = result.error;
      userId = result.data?.user.id ?? null;
    } catch {
      failure = { status: 0 };
    }
    if (failure) {
      setError(authErrorKey(failure));
      setBusy(false);
      return;
    }
    // The browser's pending uploads now go out with this login: only this person's may.
    setSignedInUser(userId);
    router.replace(next);
    router.refresh();
  };

  return { busy, error, setError, attempt };
}
