import 'server-only';
import { trendRanges, defaultTrendRange, type TrendRange } from '@/lib/trends/types';
import { getRequestViewer } from '@/server/auth';
import { AppError, jsonResponse } from '@/server/http/app-error';
import { withErrors } from '@/server/http/with-errors';
import { getTrends } from './get-trends';

/** `?days=` as the interface allows it: absent is 91; anything but 28, 91, 365 or 0 is refused. */
export function parseTrendRange(value: string | null): TrendRange {
  if (value === null) return defaultTrendRange;
  const range = trendRanges.find((n) => String(n) === value);
  if (range === undefined) throw new AppError(400, 'invalid-days', 'days is 28, 91, 365, or 0 for everything.');
  return range;
}

export const getTrendsHandler = withErrors(async (request: Request) => {
  const viewer = await getRequestViewer(request);
  if (!viewer) throw new AppError(401, 'unauthenticated', 'Sign in to see your trends.');
  const days = parseTrendRange(new URL(request.url).searchParams.get('days'));
  return jsonResponse(200, await getTrends(viewer, { days }));
});
