import 'server-only';
// Live sessions: the client's batches in, the practitioner's view out. Every read goes to the database
// (the link, the hiding, the row), so ending a link or a share holds on the very next poll, whichever
// app instance answers it.
import { getClientLink } from '@/db/queries/links';
import { endOwnLiveSession, findReadableLiveSession, liveAccessLogged, storeOwnLiveBatch } from '@/db/queries/live-sessions';
import { takeRequestLimit } from '@/db/queries/request-limits';
import type { Viewer } from '@/db/viewer';
import { LIVE_WINDOW_MS, type LiveBatch, type LiveView } from '@/lib/live-share/live-share-types';
import { AppError } from '@/server/http/app-error';
import { readLogged } from '@/server/practitioners/logged-read';
import { notFound } from '@/server/practitioners/errors';
import { toLiveView } from './live-view';

/** One batch a second, with room for retries after a short drop; counted in the database (every instance). */
const liveLimit = { max: 120, windowMs: 60_000 };

export async function enforceLiveLimit(viewer: Viewer): Promise<void> {
  const decision = await takeRequestLimit(`live:${viewer.userId}`, liveLimit.max, liveLimit.windowMs);
  if (!decision.allowed) throw new AppError(429, 'rate-limited', 'Too many live updates in a short time; the session itself goes on.', { retryAfterS: decision.retryAfterS });
}

export async function shareLiveBatch(viewer: Viewer, batch: LiveBatch, now = new Date()): Promise<void> {
  const outcome = await storeOwnLiveBatch(viewer, batch, now, LIVE_WINDOW_MS);
  if (outcome === 'no-practitioner') throw new AppError(409, 'conflict', 'There is no practitioner linked to share this session with.');
  if (outcome === 'ended') throw new AppError(409, 'conflict', 'Sharing this session live has ended.');
}

export async function stopSharingLive(viewer: Viewer, sessionId: string, now = new Date()): Promise<void> {
  if (!(await endOwnLiveSession(viewer, sessionId, now))) throw notFound('No live session with this id.');
}

/**
 * The client's live session as their practitioner may follow it: null while nothing is shared (or the
 * session was hidden, which looks the same), 404 without an active link. The first read of each live
 * session is written to the client's access log, in the same transaction; the polls after it are not.
 */
export async function followClientLive(viewer: Viewer, clientId: string, now = new Date()): Promise<{ live: LiveView | null }> {
  const result = await readLogged(
    viewer,
    async () => {
      if (!(await getClientLink(viewer, clientId))) return undefined;
      const row = await findReadableLiveSession(viewer, clientId, now);
      const live = row ? toLiveView(row, now) : null;
      const logged = !live || (await liveAccessLogged(viewer, clientId, live.sessionId));
      return { value: { live }, entries: logged ? [] : [{ clientId, what: 'live' as const, sessionId: live!.sessionId }] };
    },
    now,
  );
  if (!result) throw notFound('No such client.');
  return result;
}
