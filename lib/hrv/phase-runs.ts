import { ExcludedSpans } from './excluded-spans';
import type { GapMark } from './session-types';
import type { Beat } from './types';

/** A later beat time than predecessor + RR + this means beats went missing in transit. */
export const GAP_TOLERANCE_MS = 1500;

/**
 * The beats of [startS, endS) as runs of consecutive beats: a run ends at a marked gap (a beat whose RR
 * interval reaches into it is dropped; one ending exactly at its start is kept) and wherever beats are missing between two
 * received ones. Successive differences are only ever taken inside a run.
 */
export function splitIntoRuns(beats: readonly Beat[], startS: number, endS: number, gaps: readonly GapMark[]): Beat[][] {
  const excluded = new ExcludedSpans(gaps.map((g) => ({ start: g.startS, end: g.endS })));
  const runs: Beat[][] = [];
  let current: Beat[] = [];
  let prev: Beat | null = null;
  for (const beat of beats) {
    const tS = beat.tMs / 1000;
    if (tS < startS || tS >= endS) continue;
    const spansGap = excluded.overlaps(tS - beat.rrMs / 1000, tS);
    const missing = prev !== null && beat.tMs - prev.tMs > beat.rrMs + GAP_TOLERANCE_MS;
    if (spansGap || missing) {
      if (current.length > 0) runs.push(current);
      current = [];
    }
    prev = beat;
    if (!spansGap) current.push(beat);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
