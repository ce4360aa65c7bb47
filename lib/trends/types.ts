// The answer of GET /api/trends and getTrends (README "Interfaces → Trends"); both sides read these types.
import type { CheckIn } from '@/lib/session/protocol/record';

export const trendRanges = [28, 91, 365, 0] as const;
export type TrendRange = (typeof trendRanges)[number];
export const defaultTrendRange: TrendRange = 91;

export type TrendReading = 'within' | 'above' | 'below' | 'not-enough-data';
export type SessionKind = 'breathing' | 'morning-reading';

export interface TrendDay {
  date: string;
  dailyLnRmssd: number | null;
  rolling7: number | null;
  normalLow: number | null;
  normalHigh: number | null;
  minutes: number;
  sessions: number;
  tags?: string[];
  notes?: string[];
}

export interface TrendSession {
  id: string;
  startedAt: string;
  kind: SessionKind;
  baselineRmssdMs: number | null;
  recoveryRmssdMs: number | null;
  shiftRmssdMs: number | null;
  shiftLnRmssd: number | null;
  minutes: number;
  checkIn: CheckIn | null;
  tags: string[];
}

export interface TrendWeek {
  weekStart: string;
  minutes: number;
  sessions: number;
  daysPractised: number;
}

export interface Trends {
  timeZone: string;
  days: TrendDay[];
  sessions: TrendSession[];
  weeks: TrendWeek[];
  reading: TrendReading;
  goalMinutesPerDay: number;
}
