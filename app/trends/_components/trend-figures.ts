// Pure figures the /trends page shows beside the data engineer's answer: what the person needs before a
// reading exists, the latest range, and lnRMSSD per tag. The windows match README "Interfaces → Trends".
import type { TrendDay } from '@/lib/trends/types';

const rollingWindowDays = 7;
const rollingMinDays = 3;
const rangeWindowDays = 60;
const rangeMinDays = 14;

const counted = (days: readonly TrendDay[], window: number) => days.slice(-window).filter((d) => d.dailyLnRmssd !== null).length;

/** Mornings still needed before a reading exists: the 7-day mean needs 3 of 7, the range 14 of 60. */
export function morningsNeeded(days: readonly TrendDay[]): number {
  return Math.max(0, rollingMinDays - counted(days, rollingWindowDays), rangeMinDays - counted(days, rangeWindowDays));
}

/** The last day with both a 7-day mean and a normal range: what the reading is about. */
export function latestReadingDay(days: readonly TrendDay[]): TrendDay | null {
  for (let i = days.length - 1; i >= 0; i--) {
    const day = days[i]!;
    if (day.rolling7 !== null && day.normalLow !== null && day.normalHigh !== null) return day;
  }
  return null;
}

export type BandPosition = 'within' | 'above' | 'below';

export function bandPosition(value: number, low: number, high: number): BandPosition {
  return value > high ? 'above' : value < low ? 'below' : 'within';
}

/** A day whose 7-day mean falls outside its own normal range (marked on the chart). */
export function isOutsideBand(day: TrendDay): boolean {
  return day.rolling7 !== null && day.normalLow !== null && day.normalHigh !== null && bandPosition(day.rolling7, day.normalLow, day.normalHigh) !== 'within';
}

export interface TagMean {
  tag: string;
  /** Mornings with this tag that have a daily lnRMSSD. */
  days: number;
  meanLnRmssd: number;
  /** Against the range of each tagged morning itself; null when none of them had a range yet. */
  position: BandPosition | null;
}

/** Mean daily lnRMSSD on the mornings carrying each tag, and where that mean sits against those mornings' ranges. */
export function tagMeans(days: readonly TrendDay[]): TagMean[] {
  const byTag = new Map<string, { sum: number; n: number; low: number; high: number; ranged: number }>();
  for (const day of days) {
    if (day.dailyLnRmssd === null) continue;
    for (const tag of new Set(day.tags ?? [])) {
      const entry = byTag.get(tag) ?? { sum: 0, n: 0, low: 0, high: 0, ranged: 0 };
      entry.sum += day.dailyLnRmssd;
      entry.n += 1;
      if (day.normalLow !== null && day.normalHigh !== null) {
        entry.low += day.normalLow;
        entry.high += day.normalHigh;
        entry.ranged += 1;
      }
      byTag.set(tag, entry);
    }
  }
  return [...byTag.entries()]
    .map(([tag, e]) => {
      const mean = e.sum / e.n;
      return { tag, days: e.n, meanLnRmssd: mean, position: e.ranged > 0 ? bandPosition(mean, e.low / e.ranged, e.high / e.ranged) : null };
    })
    .sort((a, b) => b.days - a.days || a.tag.localeCompare(b.tag));
}

/** The normal range of the last day that has one: what a new morning is placed against. */
export function latestReadingRange(days: readonly TrendDay[]): { low: number; high: number } | null {
  for (let i = days.length - 1; i >= 0; i--) {
    const { normalLow, normalHigh } = days[i]!;
    if (normalLow !== null && normalHigh !== null) return { low: normalLow, high: normalHigh };
  }
  return null;
}
