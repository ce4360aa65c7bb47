import 'server-only';
import type { LiveSessionRow } from '@/db/queries/live-sessions';
import { LIVE_ENDED_SHOWN_MS, type LiveBeat, type LiveView } from '@/lib/live-share/live-share-types';

/** A beat this far (as a fraction) from the median of the five before it is called irregular: likely an artifact. */
const IRREGULAR_FRACTION = 0.2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Whether the last beat stands out from the ones before it (needs five to judge; fewer says nothing). */
export function lastBeatIrregular(beats: readonly LiveBeat[]): boolean {
  if (beats.length < 6) return false;
  const last = beats[beats.length - 1]!.rrMs;
  const before = median(beats.slice(-6, -1).map((b) => b.rrMs));
  return Math.abs(last - before) > before * IRREGULAR_FRACTION;
}

/**
 * What the practitioner's page shows, computed here from the stored beats (never a number the browser
 * sent). A session that ended, or went quiet, longer ago than LIVE_ENDED_SHOWN_MS is no longer shown.
 */
export function toLiveView(row: LiveSessionRow, now: Date): LiveView | null {
  const ageMs = Math.max(0, now.getTime() - row.updatedAt.getTime());
  if (ageMs > LIVE_ENDED_SHOWN_MS) return null;
  const last = row.beats[row.beats.length - 1];
  return {
    sessionId: row.sessionId,
    status: row.endedAt ? 'ended' : 'live',
    phase: row.phase,
    paused: row.paused,
    rhythm: row.rhythm,
    hrBpm: last ? Math.round(60_000 / last.rrMs) : null,
    lastRrMs: last ? Math.round(last.rrMs) : null,
    lastBeatIrregular: lastBeatIrregular(row.beats),
    beats: row.beats,
    ageMs,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt ? row.endedAt.toISOString() : null,
  };
}
