import type { SessionUpload } from '@/lib/session/protocol/record';

/** A small valid upload: 30 s, one beat a second, three 10-s phases. Tests override what they need. */
export function makeUpload(overrides: Partial<SessionUpload> = {}): SessionUpload {
  return {
    id: '7d0f6c1e-3a55-4c43-9a4e-2f4b8f0b8a11',
    startedAt: '2026-11-21T08:00:00.000Z',
    durationMs: 30_000,
    protocol: { preset: 'rest-rhythm', inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 10, breathingS: 10, recoveryS: 10 },
    device: { kind: 'bluetooth', name: 'Polar H10', bodySensorLocation: 'chest' },
    beats: Array.from({ length: 30 }, (_, i) => ({ tMs: (i + 1) * 1000, rrMs: 1000, rrRaw: 1024 })),
    phases: [
      { phase: 'baseline', startMs: 0, endMs: 10_000 },
      { phase: 'breathing', startMs: 10_000, endMs: 20_000 },
      { phase: 'recovery', startMs: 20_000, endMs: 30_000 },
    ],
    gaps: [],
    pauses: [],
    pacerCycleStartsMs: [10_000],
    endedEarly: false,
    clientSummary: null,
    checkIn: null,
    ...overrides,
  };
}
