import 'server-only';
// Invites: a practitioner makes one, passes on its link, and the person who accepts it becomes their
// client. Single use, valid 7 days; the code is random and stored only as its hash.
import crypto from 'node:crypto';
import { acceptInviteOnce, findOpenInvite, insertInvite } from '@/db/queries/links';
import type { LinkShare } from '@/db/schema/json-types';
import type { Viewer } from '@/db/viewer';
import { getServerEnv } from '@/server/env';
import { AppError } from '@/server/http/app-error';
import { notFound, requirePractising, requirePractitioner } from './errors';

export const inviteValidityMs = 7 * 24 * 60 * 60 * 1000;
/** Upper-case letters and digits without the look-alikes 0/O, 1/I/L: easy to read out and type. */
export const inviteAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 12 characters of 31: about 59 bits, far beyond guessing within 7 days. */
export const inviteCodeLength = 12;

export interface CreatedInvite {
  code: string;
  url: string;
  expiresAt: string;
}

export function generateInviteCode(): string {
  return Array.from({ length: inviteCodeLength }, () => inviteAlphabet[crypto.randomInt(inviteAlphabet.length)]).join('');
}

/** As typed or pasted: case, spaces and dashes do not matter. Null when it cannot be a code. */
export function normaliseInviteCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  return code.length === inviteCodeLength && [...code].every((c) => inviteAlphabet.includes(c)) ? code : null;
}

const hashCode = (code: string) => crypto.createHash('sha256').update(code).digest('hex');

export async function createInvite(viewer: Viewer, now = new Date()): Promise<CreatedInvite> {
  requirePractitioner(viewer);
  const code = generateInviteCode();
  const expiresAt = new Date(now.getTime() + inviteValidityMs);
  await insertInvite(viewer, { id: crypto.randomUUID(), codeHash: hashCode(code), expiresAt });
  return { code, url: `${getServerEnv().baseUrl}/invite/${code}`, expiresAt: expiresAt.toISOString() };
}

/** Whose invite it is; 404 when the code is unknown, used or expired (the three are not told apart). */
export async function getInvite(viewer: Viewer | null, rawCode: string, now = new Date()): Promise<{ practitioner: { name: string } }> {
  const code = normaliseInviteCode(rawCode);
  const found = code ? await findOpenInvite(viewer, hashCode(code), now) : undefined;
  if (!found) throw notFound('This invite does not exist, was used already or has expired.');
  return { practitioner: { name: found.practitionerName } };
}

export interface AcceptedLink {
  link: { id: string; practitioner: { id: string; name: string }; share: LinkShare };
}

export async function acceptInvite(viewer: Viewer, rawCode: string, share: LinkShare, now = new Date()): Promise<AcceptedLink> {
  requirePractising(viewer);
  const code = normaliseInviteCode(rawCode);
  if (!code) throw notFound('This invite does not exist, was used already or has expired.');
  const result = await acceptInviteOnce(viewer, hashCode(code), share, now, crypto.randomUUID());
  switch (result.outcome) {
    case 'accepted':
      return { link: { id: result.link.id, practitioner: { id: result.link.practitionerId, name: result.practitionerName }, share: result.link.share } };
    case 'already-linked':
      throw new AppError(409, 'conflict', 'You are already linked with this practitioner; the invite was not used.');
    case 'own':
      throw new AppError(403, 'forbidden', 'You cannot accept your own invite.');
    default:
      throw notFound('This invite does not exist, was used already or has expired.');
  }
}
