import 'server-only';
import { getTimeZone } from '@/db/queries/preferences';
import { findOwnSessionIds, saveImportedSessions } from '@/db/queries/imports';
import type { Viewer } from '@/db/viewer';
import { importLimits } from '@/lib/session/protocol/limits';
import { localDayAt } from '@/lib/trends/local-day';
import { AppError, jsonResponse } from '@/server/http/app-error';
import { readBodyBytes } from '@/server/http/read-json-body';
import { withErrors } from '@/server/http/with-errors';
import { getHrvPool } from '@/server/hrv-pool';
import { cookieTimeZone, enforceUploadLimit, refusedBody, requireViewer } from '@/server/sessions/handlers';
import type { PreparedImportFile } from './prepare-import';

/**
 * POST /api/imports: RR files from other apps as sessions. `?dryRun=1` reads and analyses them and
 * answers what an import would store; without it every file is stored — in one transaction — or, when
 * any file cannot be read, none is (400 with each file's result). Counted against the upload limit
 * once per request; a request refused as malformed does not count.
 */
export const importFilesHandler = withErrors(
  async (request: Request) => {
    const viewer = await requireViewer(request);
    const dryRun = new URL(request.url).searchParams.get('dryRun') === '1';
    const refund = await enforceUploadLimit(viewer);
    try {
      const response = await answerImport(viewer, request, dryRun);
      // Files that cannot be read store nothing: like a malformed upload, the request does not count.
      if (response.status === 400) await refund();
      return response;
    } catch (error) {
      if (refusedBody(error)) await refund();
      throw error;
    }
  },
  { bodyTypes: ['multipart/form-data'] },
);

async function answerImport(viewer: Viewer, request: Request, dryRun: boolean): Promise<Response> {
  // Within the request limit — the declared length first, then the bytes as they arrive (413) — and only
  // then parsed, on a pool thread with the analysis.
  const body = await readBodyBytes(request, importLimits.maxRequestBytes);
  const outcome = await getHrvPool().prepareImport({
    ownerId: viewer.userId,
    storedTimeZone: await getTimeZone(viewer),
    cookieTimeZone: cookieTimeZone(request),
    body,
    contentType: request.headers.get('content-type') ?? '',
  });
  if (outcome.kind === 'refused') throw new AppError(outcome.status, outcome.status === 413 ? 'payload-too-large' : 'invalid-request', outcome.message);
  const { timeZone, files: prepared } = outcome;
  const valid = prepared.every((file) => file.result.ok);

  if (dryRun) {
    const existing = await findOwnSessionIds(viewer, prepared.flatMap((file) => (file.row ? [file.row.id] : [])));
    const files = prepared.map((file) => (file.row ? { ...file.result, alreadyImported: existing.has(file.row.id) } : file.result));
    return jsonResponse(200, { dryRun: true, timeZone, files });
  }
  if (!valid) {
    const broken = prepared.filter((file) => !file.result.ok).length;
    const message = `${broken} of ${prepared.length} files cannot be imported; nothing was stored. Fix or leave out the files with a reason and try again.`;
    return jsonResponse(400, { error: { code: 'invalid-import', message }, files: prepared.map((file) => file.result) });
  }
  return jsonResponse(201, { timeZone, files: await storeAll(viewer, prepared, timeZone) });
}

/** Stores each distinct recording once (the same file twice in one request names one session). */
async function storeAll(viewer: Viewer, prepared: PreparedImportFile[], timeZone: string) {
  const rows = new Map(prepared.flatMap((file) => (file.row ? [[file.row.id, file.row] as const] : [])));
  const placed = [...rows.values()].map((row) => ({ ...row, ...localDayAt(row.startedAt.getTime(), timeZone) }));
  const saved = new Map((await saveImportedSessions(viewer, placed, timeZone)).map((s) => [s.id, s.created]));
  const firstOfId = new Set<string>();
  return prepared.flatMap(({ result, row }) => {
    if (!row) return [];
    const id = row.id;
    const created = (saved.get(id) ?? false) && !firstOfId.has(id);
    firstOfId.add(id);
    return [{ ...result, sessionId: id, created }];
  });
}
