import 'server-only';
import { parseTrendRange } from '@/lib/trends/range';
import type { TrendRange } from '@/lib/trends/types';
import { getRequestViewer } from '@/server/auth';
import { AppError, jsonResponse } from '@/server/http/app-error';
import { withErrors } from '@/server/http/with-errors';
import { getTrends } from './get-trends';

/** `?days=`: absent is 91; anything but 28, 91, 365 or 0 is refused with 400. */
export function requireTrendRange(request: Request): TrendRange {
  const range = parseTrendRange(new URL(request.url).searchParams.get('days'));
  if (range === null) throw new AppError(400, 'invalid-days', 'days is 28, 91, 365, or 0 for everything.');
  return range;
}

export const getTrendsHandler = withErrors(async (request: Request) => {
  const viewer = await getRequestViewer(request);
  if (!viewer) throw new AppError(401, 'unauthenticated', 'Sign in to see your trends.');
  const days = requireTrendRange(request);
  return jsonResponse(200, await getTrends(viewer, { days }));
});
