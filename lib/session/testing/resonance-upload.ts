import { peakedSwing, resonanceSeries } from '@/lib/hrv/testing/resonance-series';
import { RESONANCE_RATES_BPM } from '@/lib/hrv/resonance';
import { resonanceProtocol } from '@/lib/session/protocol/resonance';
import type { PhaseSpan, SessionUpload } from '@/lib/session/protocol/record';
import { makeUpload } from './make-upload';

/** A whole assessment as the browser uploads it, its swing peaking at `peakBpm` (5.5 by default). */
export function makeResonanceUpload(overrides: Partial<SessionUpload> = {}, { peakBpm = 5.5, stepS = 120, restS = 60 } = {}): SessionUpload {
  const { beats, steps, pacerCycleStartsS, endS } = resonanceSeries(peakedSwing(peakBpm), { stepS, restS });
  const phases: PhaseSpan[] = steps.flatMap((step, i) => {
    const spans: PhaseSpan[] = [{ phase: 'breathing', startMs: step.startS * 1000, endMs: step.endS * 1000 }];
    const next = steps[i + 1];
    return next ? [...spans, { phase: 'recovery', startMs: step.endS * 1000, endMs: next.startS * 1000 }] : spans;
  });
  return makeUpload({
    id: '5b1e7a52-9c1d-4f5e-8a0b-3c6d2e9f4a10',
    durationMs: endS * 1000,
    protocol: resonanceProtocol(stepS, restS),
    beats: beats.map((b) => ({ tMs: b.tMs, rrMs: b.rrMs, rrRaw: null })),
    phases,
    pacerCycleStartsMs: pacerCycleStartsS.map((s) => Math.round(s * 1000)),
    kind: 'resonance',
    resonanceRatesBpm: [...RESONANCE_RATES_BPM],
    ...overrides,
  });
}
