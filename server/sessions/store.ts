import 'server-only';
import { saveSessionOnce, type SaveOutcome } from '@/db/queries/sessions';
import type { Viewer } from '@/db/viewer';
import { AppError } from '@/server/http/app-error';
import { getHrvPool } from '@/server/hrv-pool';

/**
 * Parse, validate and recompute on a pool thread (503 busy when its queue is full), then write once (see
 * saveSessionOnce for retries and conflicts). Nothing is stored for an invalid upload.
 */
export async function storeUploadedSession(viewer: Viewer, body: Uint8Array): Promise<SaveOutcome> {
  const prepared = await getHrvPool().prepare(body);
  if (prepared.kind === 'invalid-json') throw new AppError(400, 'invalid-json', 'The body is not valid JSON.');
  if (prepared.kind === 'invalid') {
    throw new AppError(400, 'invalid-session', 'The session upload is not valid; nothing was stored.', { issues: prepared.issues });
  }
  return saveSessionOnce(viewer, prepared.row);
}
