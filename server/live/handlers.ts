import 'server-only';
import { LIVE_MAX_BODY_BYTES } from '@/lib/live-share/live-share-types';
import { withErrors } from '@/server/http/with-errors';
import { requirePractising, requirePractitioner } from '@/server/practitioners/errors';
import { parseAccountId, parseSessionId, requireApiViewer, type RouteContext } from '@/server/practitioners/request';
import { AppError, jsonResponse } from '@/server/http/app-error';
import { readJsonBody } from '@/server/http/read-json-body';
import { liveBatchSchema } from './live-batch-schema';
import { enforceLiveLimit, followClientLive, shareLiveBatch, stopSharingLive } from './live-sessions';

export const postLiveBatchHandler = withErrors(async (request: Request) => {
  const viewer = await requireApiViewer(request);
  requirePractising(viewer);
  await enforceLiveLimit(viewer);
  const parsed = liveBatchSchema.safeParse(await readJsonBody(request, LIVE_MAX_BODY_BYTES));
  if (!parsed.success) throw new AppError(400, 'invalid-request', 'Send { sessionId, phase, paused, rhythm, beats } with at most 120 beats in time order.');
  await shareLiveBatch(viewer, parsed.data);
  return new Response(null, { status: 204 });
});

export const deleteLiveHandler = withErrors(async (request: Request, context: RouteContext<{ id: string }>) => {
  const viewer = await requireApiViewer(request);
  await stopSharingLive(viewer, parseSessionId((await context.params).id));
  return new Response(null, { status: 204 });
});

export const getClientLiveHandler = withErrors(async (request: Request, context: RouteContext<{ clientId: string }>) => {
  const viewer = await requireApiViewer(request);
  requirePractitioner(viewer);
  const clientId = parseAccountId((await context.params).clientId);
  const response = jsonResponse(200, await followClientLive(viewer, clientId));
  response.headers.set('Cache-Control', 'no-store');
  return response;
});
