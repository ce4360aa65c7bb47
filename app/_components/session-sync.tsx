import { peekCurrentSession } from '@/server/auth';
import { SessionSyncClient } from './session-sync-client';

/** Mounted once in the layout: tells the browser-side sync who (if anyone) is signed in. */
export async function SessionSync() {
  const session = await peekCurrentSession();
  return <SessionSyncClient userId={session?.user.id ?? null} />;
}
