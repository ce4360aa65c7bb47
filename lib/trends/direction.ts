// The direction of a person's 7-day trend, as a practitioner's client list shows it: the rolling mean
// of the daily lnRMSSD (lib/trends/series.ts, 7 days ending today, at least 3 of them with a value)
// against the same mean a week earlier. Within ±flatBandLn of it the trend is flat.
import { addDays } from './local-day';
import { rollingMean, rollingWindowDays } from './series';

export type TrendDirection = 'up' | 'down' | 'flat';

/**
 * 0.05 in ln units is a 5 % change in RMSSD: below the usual day-to-day variation of a morning reading,
 * so a week-on-week change inside it is no direction yet.
 */
export const flatBandLn = 0.05;

/** Null when either week has fewer than 3 days with a value. `byDate` holds dailyLnRmssd by YYYY-MM-DD. */
export function trendDirection(byDate: ReadonlyMap<string, number>, today: string): TrendDirection | null {
  const now = rollingMean(byDate, today);
  const before = rollingMean(byDate, addDays(today, -rollingWindowDays));
  if (now === null || before === null) return null;
  const change = now - before;
  if (change > flatBandLn) return 'up';
  if (change < -flatBandLn) return 'down';
  return 'flat';
}
