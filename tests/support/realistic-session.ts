import { generateRr } from '@/lib/hrv/synthetic';
import type { RecordedBeat } from '@/lib/session/protocol/record';

/** Eight minutes of plausible beats (seeded), with a 3-s hole at 200 s as a lost connection leaves. */
export function realisticBeats(seed = 5, durationMs = 480_000): RecordedBeat[] {
  const rr = generateRr({ beats: Math.ceil(durationMs / 500), meanHrBpm: 66, seed });
  const beats: RecordedBeat[] = [];
  let tMs = 0;
  for (const rrMs of rr) {
    tMs += rrMs;
    if (tMs >= durationMs) break;
    if (tMs >= 200_000 && tMs < 203_000) continue;
    beats.push({ tMs, rrMs, rrRaw: Math.round((rrMs * 1024) / 1000) });
  }
  return beats;
}
