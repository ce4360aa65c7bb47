'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { PreferenceResult } from '@/app/_actions/preferences';

export type SettingState = 'idle' | 'saved' | 'error' | 'invalid';

/**
 * Saving one setting through its server action: pending while it runs, then saved (and the page's server
 * parts refreshed, so what depends on the setting shows it) or an error. `invalid` is the form's own.
 */
export function useSettingSave<T>(action: (value: T) => Promise<PreferenceResult<T>>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<SettingState>('idle');
  const save = (value: T) =>
    startTransition(async () => {
      try {
        const result = await action(value);
        if (!result.ok) throw new Error(result.error);
        setState('saved');
        router.refresh();
      } catch {
        setState('error');
      }
    });
  return { pending, state, setState, save };
}
