import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDatabase } from '@/db/client';
import type { Viewer } from '@/db/viewer';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { expectedUserHeader } from '@/lib/session/protocol/record';
import { getServerEnv } from '@/server/env';
import { createAuth, type Auth } from './config';
import { resolveAuthSecret } from './secret';

const holder = globalThis as typeof globalThis & { herstelAuth?: Promise<Auth> };

/** Created on first use, not at import: `next build` imports route modules and must not open the database. */
export function getAuth(): Promise<Auth> {
  holder.herstelAuth ??= (async () => {
    const env = getServerEnv();
    return createAuth({
      database: await getDatabase(),
      baseUrl: env.baseUrl,
      secret: env.authSecret ?? resolveAuthSecret(undefined, env.dataDir ?? './data'),
      rateLimitMax: env.authRateLimitMax,
      signUpRateLimitMax: env.signUpRateLimitMax,
    });
  })();
  holder.herstelAuth.catch(() => (holder.herstelAuth = undefined));
  return holder.herstelAuth;
}

/** For tests that build their own auth instance on their own database. */
export function setAuth(auth: Auth | undefined): void {
  holder.herstelAuth = auth ? Promise.resolve(auth) : undefined;
}

export type AuthSession = NonNullable<Awaited<ReturnType<Auth['api']['getSession']>>>;

export function toViewer(session: AuthSession): Viewer {
  return { userId: session.user.id, role: session.user.role === 'practitioner' ? 'practitioner' : 'practising' };
}

/**
 * Who sends this API request, or null. A client that names the account a write is meant for (the
 * session's owner) is refused when someone else is signed in now, e.g. after an account switch in
 * another tab.
 */
export async function getRequestViewer(request: Request): Promise<Viewer | null> {
  const session = await (await getAuth()).api.getSession({ headers: request.headers });
  if (!session) return null;
  const expected = request.headers.get(expectedUserHeader);
  return expected !== null && expected !== session.user.id ? null : toViewer(session);
}

export async function getCurrentSession(): Promise<AuthSession | null> {
  return (await getAuth()).api.getSession({ headers: await headers() });
}

/**
 * For the layout (header, sync): when the database cannot be reached the shell still renders, as signed
 * out, so the page itself can show its error (app/error.tsx) instead of the framework's bare one.
 */
export async function peekCurrentSession(): Promise<AuthSession | null> {
  try {
    return await getCurrentSession();
  } catch (error) {
    console.error('[herstel] reading the session for the layout failed:', error);
    return null;
  }
}

/** For pages that need an account: sends a visitor to sign-in, and back to `returnTo` afterwards. */
export async function requireSession(returnTo: string): Promise<AuthSession> {
  const session = await getCurrentSession();
  if (!session) redirect(`/sign-in?next=${encodeURIComponent(safeNextPath(returnTo))}`);
  return session;
}

/** The viewer of a page that needs an account (see requireSession). */
export async function requireViewer(returnTo: string): Promise<{ viewer: Viewer; session: AuthSession }> {
  const session = await requireSession(returnTo);
  return { viewer: toViewer(session), session };
}
