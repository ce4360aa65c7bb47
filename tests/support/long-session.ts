import { uploadLimits } from '@/lib/session/protocol/limits';
import type { SessionUpload } from '@/lib/session/protocol/record';
import { makeUpload } from '@/lib/session/testing/make-upload';

/** The longest session the server takes, at 240 bpm: three hours, 43,200 beats with some variability. */
export function threeHourUpload(id: string = crypto.randomUUID()): SessionUpload {
  const durationMs = uploadLimits.maxDurationMs;
  const beats = Array.from({ length: uploadLimits.maxBeats }, (_, i) => ({
    tMs: i * 250 + 100 + (i % 7) * 0.37,
    rrMs: 250 + ((i * 13) % 9) * 0.73,
    rrRaw: 256 + ((i * 13) % 9),
  }));
  return makeUpload({
    id,
    durationMs,
    beats,
    phases: [
      { phase: 'baseline', startMs: 0, endMs: 3_600_000 },
      { phase: 'breathing', startMs: 3_600_000, endMs: 7_200_000 },
      { phase: 'recovery', startMs: 7_200_000, endMs: durationMs },
    ],
    pacerCycleStartsMs: Array.from({ length: 360 }, (_, i) => 3_600_000 + i * 10_000),
  });
}
