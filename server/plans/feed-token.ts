import 'server-only';
// The calendar feed's secret: 32 random bytes in the URL, only their SHA-256 in the database, so a copy of
// the database opens no feed. A renewal makes a new one; the old hash is gone at once.
import { createHash, randomBytes } from 'node:crypto';

export const feedPathPrefix = '/api/plan/feed/';
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function newFeedToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashFeedToken(token) };
}

export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token in a feed address's last segment (`<token>.ics`, or the bare token), or null when it cannot be one. */
export function tokenFromSegment(segment: string): string | null {
  const token = segment.endsWith('.ics') ? segment.slice(0, -'.ics'.length) : segment;
  return tokenPattern.test(token) ? token : null;
}

/** Where the feed is fetched: the app's public origin when configured, else the one this request came to. */
export function feedUrl(request: Request, token: string): { path: string; url: string } {
  const path = `${feedPathPrefix}${token}.ics`;
  const origin = process.env.BETTER_AUTH_URL?.replace(/\/$/, '') || new URL(request.url).origin;
  return { path, url: `${origin}${path}` };
}
