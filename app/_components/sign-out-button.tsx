'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { authClient } from '@/lib/auth/client';
import { setSignedInUser } from '@/lib/session/journal/browser-journal';

export function SignOutButton({ label, title }: { label: string; title: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    try {
      await authClient.signOut();
      // Before the navigation: a pending retry must not go out without (or with someone else's) login.
      setSignedInUser(null);
      router.push('/');
      router.refresh();
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button button-quiet" onClick={signOut} disabled={busy} title={title} data-testid="sign-out">
      {label}
    </button>
  );
}
