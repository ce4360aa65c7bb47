// `days` as the trends interface allows it, for the API (`?days=`) and the pages alike: absent is the
// default range; anything but 28, 91, 365 or 0 (everything) is no range at all.
import { defaultTrendRange, trendRanges, type TrendRange } from './types';

export function parseTrendRange(value: string | readonly string[] | null | undefined): TrendRange | null {
  if (value === null || value === undefined) return defaultTrendRange;
  return trendRanges.find((n) => String(n) === value) ?? null;
}
