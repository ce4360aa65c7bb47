// The answer of GET /api/trends (README → Interfaces → Trends) and of getTrends, which the /trends page
// calls directly. `sessionId`, `tags`/`notes` on a day, `tags` on a session and `goalMinutesPerDay` are the
// only additions to the interface.
import type { CheckIn, StoredSessionKind } from '@/lib/session/protocol/record';

/** Days back from today (inclusive); 0 is everything since the first session. */
export const trendRanges = [28, 91, 365, 0] as const;
export type TrendRange = (typeof trendRanges)[number];
export const defaultTrendRange: TrendRange = 91;

export type TrendReading = 'within' | 'above' | 'below' | 'not-enough-data';

export interface TrendDay {
  /** YYYY-MM-DD in the person's time zone. */
  date: string;
  /** ln of the baseline RMSSD (ms) of the day's first session whose baseline passed the quality checks. */
  dailyLnRmssd: number | null;
  /** The session whose baseline gave dailyLnRmssd (an addition to the interface); null when none did. */
  sessionId: string | null;
  /** Mean of dailyLnRmssd over the 7 days ending on date, when at least 3 have one. */
  rolling7: number | null;
  /** Mean ∓ 0.5·SD (n − 1) of dailyLnRmssd over the 60 days ending on date, when at least 14 have one. */
  normalLow: number | null;
  normalHigh: number | null;
  /** Minutes of practice that day, pauses left out. */
  minutes: number;
  sessions: number;
  /** The day's sessions' tags (each once) and notes, oldest session first. */
  tags: string[];
  notes: string[];
}

export interface TrendSession {
  id: string;
  startedAt: string;
  kind: StoredSessionKind;
  baselineRmssdMs: number | null;
  recoveryRmssdMs: number | null;
  shiftRmssdMs: number | null;
  shiftLnRmssd: number | null;
  minutes: number;
  checkIn: CheckIn | null;
  tags: string[];
}

export interface TrendWeek {
  /** The Monday (ISO week) in the person's time zone, YYYY-MM-DD. */
  weekStart: string;
  minutes: number;
  sessions: number;
  daysPractised: number;
}

export interface Trends {
  timeZone: string;
  goalMinutesPerDay: number;
  days: TrendDay[];
  sessions: TrendSession[];
  weeks: TrendWeek[];
  reading: TrendReading;
}
