import 'server-only';
// Invite codes are far too many to guess (invites.ts), but a lookup answers whether a code exists, so
// lookups of codes that do not are counted per client address and, past a few dozen, refused for a while.
import { refundRequestLimit, takeRequestLimit } from '@/db/queries/request-limits';
import type { Viewer } from '@/db/viewer';
import { clientAddressHeader } from '@/server/client-address';
import { AppError } from '@/server/http/app-error';
import { getInvite } from './invites';

/** Enough for a person who mistypes a code a few times; far too few for anyone trying codes. */
export const inviteMissMax = 30;
export const inviteMissWindowMs = 10 * 60 * 1000;

/** The address the server stamped on the request (server/client-address.ts); one shared bucket without it. */
export function requestAddress(headers: Headers): string {
  return headers.get(clientAddressHeader()) ?? 'unknown';
}

/**
 * Runs a lookup by invite code for `address`. Each lookup counts as a miss up front and is given back
 * unless it answered 404, so only unknown, used or expired codes use up the allowance. Over the limit
 * every lookup is refused, a right code too: otherwise trying on would still tell which codes exist.
 */
export async function limitInviteGuesses<T>(address: string, lookUp: () => Promise<T>, { nowMs = Date.now() }: { nowMs?: number } = {}): Promise<T> {
  const key = `invite-miss:${address}`;
  const decision = await takeRequestLimit(key, inviteMissMax, inviteMissWindowMs, { nowMs });
  if (!decision.allowed) {
    throw new AppError(429, 'rate-limited', 'Too many invite codes tried that do not exist. Wait a few minutes, then check the code and try again.', {
      retryAfterS: decision.retryAfterS,
    });
  }
  try {
    const result = await lookUp();
    await refundRequestLimit(key, decision.windowStartMs);
    return result;
  } catch (error) {
    if (!(error instanceof AppError && error.status === 404)) await refundRequestLimit(key, decision.windowStartMs);
    throw error;
  }
}

export type InvitePageLookup = { invite: { practitioner: { name: string } } } | { retryAfterS: number };

/**
 * The invite page's lookup: over the limit it answers how long to wait, so the page can say so calmly;
 * an unknown, used or expired code still throws the 404 the page renders as not found.
 */
export async function lookUpInviteForPage(address: string, viewer: Viewer | null, code: string, { nowMs = Date.now() }: { nowMs?: number } = {}): Promise<InvitePageLookup> {
  try {
    return { invite: await limitInviteGuesses(address, () => getInvite(viewer, code, new Date(nowMs)), { nowMs }) };
  } catch (error) {
    if (error instanceof AppError && error.status === 429) return { retryAfterS: error.extra.retryAfterS ?? Math.ceil(inviteMissWindowMs / 1000) };
    throw error;
  }
}
