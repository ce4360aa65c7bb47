'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { CheckInForm } from '@/app/_components/check-in/check-in-form';
import type { CheckIn } from '@/lib/session/protocol/record';

/** The same check-in as after the session, on its page: answered or changed afterwards, straight to the server. */
export function CheckInEditor({ sessionId, initial }: { sessionId: string; initial: CheckIn | null }) {
  const router = useRouter();
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>(initial ? 'saved' : 'idle');
  const save = async (checkIn: CheckIn) => {
    setState('saving');
    try {
      const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/check-in`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(checkIn),
      });
      if (!response.ok) throw new Error(`check-in answered ${response.status}`);
      setState('saved');
      router.refresh();
    } catch {
      setState('error');
    }
  };
  return <CheckInForm initial={initial} onSave={save} state={state} />;
}
