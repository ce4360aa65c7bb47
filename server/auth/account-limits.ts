import 'server-only';
import { APIError } from 'better-auth/api';
import { refundRequestLimit, takeRequestLimit } from '@/db/queries/request-limits';
import type { Database } from '@/db/database';

/** A name is shown on every page of its owner (and a practitioner's client list): kept short. */
export const maxNameLength = 100;
/** Failed sign-ins allowed per account (email) per window, from any number of addresses. */
export const failedSignInMax = 10;
export const failedSignInWindowMs = 15 * 60 * 1000;
const signUpWindowMs = 60 * 1000;

const invalid = (message: string, code: string) => new APIError('BAD_REQUEST', { message, code });

function tooMany(retryAfterS: number, message: string): APIError {
  return new APIError('TOO_MANY_REQUESTS', { message, code: 'TOO_MANY_ATTEMPTS' }, { 'Retry-After': String(retryAfterS) });
}

/**
 * The fields a person may set on their account. `name` trimmed, 1–100 characters; `image` refused:
 * Herstel shows no pictures, and a URL stored there would only be a way to park data on the server.
 */
export function checkAccountFields(body: Record<string, unknown>, { nameRequired }: { nameRequired: boolean }): void {
  if ('image' in body && body.image !== undefined && body.image !== null) throw invalid('Herstel does not keep a picture.', 'IMAGE_NOT_ACCEPTED');
  if (!('name' in body) || body.name === undefined) {
    if (nameRequired) throw invalid('A name is required.', 'NAME_REQUIRED');
    return;
  }
  if (typeof body.name !== 'string' || body.name.trim() === '') throw invalid('A name is required.', 'NAME_REQUIRED');
  if (body.name.trim().length > maxNameLength) throw invalid(`A name has at most ${maxNameLength} characters.`, 'NAME_TOO_LONG');
}

/** A global cap on new accounts per minute: rotating addresses does not make a sign-up flood cheaper. */
export async function takeSignUpAllowance(database: Database, max: number): Promise<void> {
  const decision = await takeRequestLimit('sign-up:all', max, signUpWindowMs, { database });
  if (!decision.allowed) throw tooMany(decision.retryAfterS, 'Many accounts are being made right now. Wait a minute, then try again.');
}

const signInKey = (email: string) => `sign-in:${email.trim().toLowerCase()}`;

/**
 * Every attempt on an account takes a slot before the password is checked, so concurrent guesses
 * cannot slip past; a correct password gives back only its own slot (refundSignInAttempt). Success
 * therefore never resets the window: the owner signing in does not hand an attacker ten fresh guesses.
 * While the account is over the limit every attempt is refused before the password is looked at — a
 * correct one included, or the refusal itself would tell which guess was right.
 */
export async function takeSignInAttempt(database: Database, email: string): Promise<number> {
  const decision = await takeRequestLimit(signInKey(email), failedSignInMax, failedSignInWindowMs, { database });
  if (!decision.allowed) {
    // Over the limit this attempt does not count either: the window ends when it was going to.
    await refundRequestLimit(signInKey(email), decision.windowStartMs, { database });
    throw tooMany(decision.retryAfterS, 'Too many failed sign-ins for this account. Wait a while, then try again.');
  }
  return decision.windowStartMs;
}

export function refundSignInAttempt(database: Database, email: string, windowStartMs: number): Promise<void> {
  return refundRequestLimit(signInKey(email), windowStartMs, { database });
}
