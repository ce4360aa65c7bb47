import 'server-only';
import { z } from 'zod';
import { adoptResonanceRate, clearResonanceRate, getResonanceRate } from '@/db/queries/resonance';
import { sessionIdSchema } from '@/lib/session/protocol/upload-schema';
import { AppError, jsonResponse } from '@/server/http/app-error';
import { readJsonBody } from '@/server/http/read-json-body';
import { withErrors } from '@/server/http/with-errors';
import { notFound, requireViewer } from '@/server/sessions/handlers';
import { toIssues } from '@/server/sessions/prepare-upload';

const adoptSchema = z.object({ sessionId: sessionIdSchema }).strict();

export const getResonanceRateHandler = withErrors(async (request: Request) => {
  const viewer = await requireViewer(request);
  return jsonResponse(200, { rateBpm: await getResonanceRate(viewer) });
});

/** `{ sessionId }` of one of the caller's assessments: its chosen rate becomes their own rhythm. */
export const putResonanceRateHandler = withErrors(async (request: Request) => {
  const viewer = await requireViewer(request);
  const parsed = adoptSchema.safeParse(await readJsonBody(request, 1_024));
  if (!parsed.success) throw new AppError(400, 'invalid-request', 'Name the assessment as { sessionId }.', { issues: toIssues(parsed.error) });
  const adopted = await adoptResonanceRate(viewer, parsed.data.sessionId);
  if (adopted.outcome === 'not-found') throw notFound();
  if (adopted.outcome === 'no-result') throw new AppError(409, 'conflict', 'That assessment found no usable rate; nothing was changed.');
  return jsonResponse(200, { rateBpm: adopted.rateBpm });
});

export const deleteResonanceRateHandler = withErrors(async (request: Request) => {
  await clearResonanceRate(await requireViewer(request));
  return new Response(null, { status: 204 });
});
