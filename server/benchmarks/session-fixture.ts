// A realistic 20-minute session as the browser uploads it: 5 min baseline, 10 min paced breathing at six
// breaths a minute, 5 min recovery; ~1,300 beats from lib/hrv/synthetic with 1 % artifacts (ectopic,
// missed and extra beats, as straps deliver), one 3-s connection gap and one 5-s pause.
import { generateRr, injectArtifacts } from '@/lib/hrv/synthetic';
import type { RecordedBeat, SessionUpload } from '@/lib/session/protocol/record';

const baselineMs = 300_000;
const breathingMs = 600_000;
const recoveryMs = 300_000;
const durationMs = baselineMs + breathingMs + recoveryMs;
const cycleMs = 10_000;
const gap = { startMs: 200_000, endMs: 203_000 };
const pause = { startMs: 700_000, endMs: 705_000 };

/** Beats of one phase: the heart slows and the respiratory swing follows the pacer while breathing. */
function phaseRr(spanMs: number, meanHrBpm: number, breathingHz: number, breathingAmpMs: number, seed: number): Float64Array {
  const clean = generateRr({ beats: Math.ceil(spanMs / 450), meanHrBpm, breathingHz, breathingAmpMs, seed });
  return injectArtifacts(clean, 0.01, seed + 1).rrMs;
}

export function twentyMinuteBeats(seed = 20): RecordedBeat[] {
  const phases: [number, Float64Array][] = [
    [baselineMs, phaseRr(baselineMs, 68, 0.25, 20, seed)],
    [baselineMs + breathingMs, phaseRr(breathingMs, 64, 1000 / cycleMs, 60, seed + 10)],
    [durationMs, phaseRr(recoveryMs, 66, 0.25, 25, seed + 20)],
  ];
  const beats: RecordedBeat[] = [];
  let tMs = 0;
  for (const [endMs, rrs] of phases) {
    for (const rrMs of rrs) {
      if (tMs + rrMs >= endMs) break;
      tMs += rrMs;
      if (tMs >= gap.startMs && tMs < gap.endMs) continue;
      beats.push({ tMs, rrMs, rrRaw: Math.round((rrMs * 1024) / 1000) });
    }
  }
  return beats;
}

export function twentyMinuteUpload(beats: RecordedBeat[], overrides: Partial<SessionUpload> = {}): SessionUpload {
  return {
    id: crypto.randomUUID(),
    startedAt: '2026-11-21T07:30:00.000Z',
    durationMs,
    protocol: { preset: 'rest-rhythm', inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 300, breathingS: 600, recoveryS: 300 },
    device: { kind: 'bluetooth', name: 'Polar H10 A1B2C3D4', bodySensorLocation: 'chest' },
    beats,
    phases: [
      { phase: 'baseline', startMs: 0, endMs: baselineMs },
      { phase: 'breathing', startMs: baselineMs, endMs: baselineMs + breathingMs },
      { phase: 'recovery', startMs: baselineMs + breathingMs, endMs: durationMs },
    ],
    gaps: [gap],
    pauses: [pause],
    pacerCycleStartsMs: Array.from({ length: breathingMs / cycleMs }, (_, i) => baselineMs + i * cycleMs),
    endedEarly: false,
    clientSummary: { baselineRmssdMs: 31.4, recoveryRmssdMs: 44.9 },
    checkIn: null,
    ...overrides,
  };
}
