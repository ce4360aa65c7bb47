import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getServerEnv } from '@/server/env';
import { createAuth, type Auth } from './config';
import { resolveAuthSecret } from './secret';
import { safeNextPath } from '@/lib/auth/safe-next-path';

let instance: Auth | undefined;

/** Created on first use, not at import: `next build` imports route modules and must not open the database. */
export function getAuth(): Auth {
  if (!instance) {
    const env = getServerEnv();
    instance = createAuth({
      db: getDb(),
      baseUrl: env.baseUrl,
      secret: resolveAuthSecret(env.authSecret, env.dataDir),
      rateLimitMax: env.authRateLimitMax,
    });
  }
  return instance;
}

export type AuthSession = NonNullable<Awaited<ReturnType<Auth['api']['getSession']>>>;

export async function getCurrentSession(): Promise<AuthSession | null> {
  return getAuth().api.getSession({ headers: await headers() });
}

/** For pages that need an account: sends a visitor to sign-in, and back to `returnTo` afterwards. */
export async function requireSession(returnTo: string): Promise<AuthSession> {
  const session = await getCurrentSession();
  if (!session) redirect(`/sign-in?next=${encodeURIComponent(safeNextPath(returnTo))}`);
  return session;
}
