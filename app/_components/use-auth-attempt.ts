'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { authErrorKey, type AuthErrorKey } from '@/lib/auth/error-key';

type FormErrorKey = AuthErrorKey | 'nameRequired';

/** One sign-in or sign-up attempt: busy state, a translated error key, and on success back to `next`. */
export function useAuthAttempt(next: string) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormErrorKey | null>(null);

  const attempt = async (call: () => Promise<{ error: { status?: number; code?: string } | null }>) => {
    setBusy(true);
    setError(null);
    let failure: { status?: number; code?: string } | null;
    try {
      failure = (await call()).error;
    } catch {
      failure = { status: 0 };
    }
    if (failure) {
      setError(authErrorKey(failure));
      setBusy(false);
      return;
    }
    router.replace(next);
    router.refresh();
  };

  return { busy, error, setError, attempt };
}
