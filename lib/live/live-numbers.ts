import { LIVE_RMSSD_MIN_DIFFERENCES, type LiveMetrics } from '@/lib/hrv';

export interface LiveRmssdReading {
  /** Null while collecting: an RMSSD from a handful of beats swings wildly and would mislead. */
  valueMs: number | null;
  /** Clean successive differences so far, for "collecting (12 of 30)". */
  differences: number;
}

/** The live RMSSD as the session screen shows it: a number only from about 30 clean differences on. */
export function liveRmssd(metrics: LiveMetrics | null): LiveRmssdReading {
  const differences = metrics?.rmssdDifferences ?? 0;
  const value = metrics?.rmssdMs ?? null;
  return { valueMs: value !== null && differences >= LIVE_RMSSD_MIN_DIFFERENCES ? value : null, differences };
}
