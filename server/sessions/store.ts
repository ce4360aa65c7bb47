import 'server-only';
import { claimTimeZone, getTimeZone } from '@/db/queries/preferences';
import { saveSessionOnce, type SaveOutcome } from '@/db/queries/sessions';
import type { Viewer } from '@/db/viewer';
import { localDayAt } from '@/lib/trends/local-day';
import { AppError } from '@/server/http/app-error';
import { getHrvPool } from '@/server/hrv-pool';

/**
 * Parse, validate and recompute on a pool thread (503 busy when its queue is full), then write once (see
 * saveSessionOnce for retries). Nothing is stored for an invalid upload.
 *
 * The session's day is the person's calendar day at its start in their stored zone; a person without one
 * gets the zone the upload names (else the browser's cookie, else UTC), stored for the days to come.
 */
export async function storeUploadedSession(viewer: Viewer, body: Uint8Array, cookieTimeZone: string | null = null): Promise<SaveOutcome> {
  const prepared = await getHrvPool().prepare(body);
  if (prepared.kind === 'invalid-json') throw new AppError(400, 'invalid-json', 'The body is not valid JSON.');
  if (prepared.kind === 'invalid') {
    throw new AppError(400, 'invalid-session', 'The session upload is not valid; nothing was stored.', { issues: prepared.issues });
  }
  const zone = (await getTimeZone(viewer)) ?? (await claimTimeZone(viewer, prepared.timeZone ?? cookieTimeZone ?? 'UTC'));
  const { localDate, utcOffsetMin } = localDayAt(prepared.row.startedAt.getTime(), zone);
  return saveSessionOnce(viewer, { ...prepared.row, localDate, utcOffsetMin });
}
