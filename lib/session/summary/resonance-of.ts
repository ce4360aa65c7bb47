// An assessment's steps from its recorded marks: the n-th breathing phase was paced at the n-th rate
// (the upload schema checks it). The browser's preview and the server's stored result both come from here.
import { analyzeResonance, type ResonanceAnalysis } from '@/lib/hrv';
import type { SessionUpload } from '@/lib/session/protocol/record';
import { toSessionInput, type RecordedSessionMarks } from '@/lib/session/protocol/session-input';

export type ResonanceRecord = RecordedSessionMarks & Pick<SessionUpload, 'resonanceRatesBpm'>;

export function resonanceOf(record: ResonanceRecord, input = toSessionInput(record)): ResonanceAnalysis {
  const rates = record.resonanceRatesBpm ?? [];
  const steps = input.phases
    .filter((p) => p.phase === 'breathing')
    .slice(0, rates.length)
    .map((p, i) => ({ rateBpm: rates[i]!, startS: p.startS, endS: p.endS }));
  return analyzeResonance({ beats: input.beats, steps, gaps: input.gaps, pacerCycleStartsS: input.pacerCycleStartsS ?? [] });
}
