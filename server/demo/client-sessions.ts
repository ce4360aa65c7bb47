// The sessions of the practitioner demo's extra clients, as a strap would have recorded them: every
// beat from the simulated heart of lib/ble (the one the simulated strap sends), in the upload body the
// browser sends; their numbers come from lib/hrv on the upload path. Seeded: the same every run.
import { createRandom } from '@/lib/ble/prng';
import { HRV_PROFILES } from '@/lib/ble/simulated-strap';
import type { RecordedBeat, SessionUpload } from '@/lib/session/protocol/record';
import { simulatedBeats, type Pacing } from './simulated-beats';

export const demoClientZone = 'Europe/Amsterdam';
const device = { kind: 'simulated' as const, name: 'Simulated strap', bodySensorLocation: 'chest' };

function beatsOf(seed: number, meanHrBpm: number, factor: number, durationMs: number, pacing?: Pacing): RecordedBeat[] {
  const base = HRV_PROFILES.normal;
  return simulatedBeats(seed, meanHrBpm, { rsaBpm: base.rsaBpm * factor, lfBpm: base.lfBpm * factor, vlfBpm: base.vlfBpm * factor, noiseMs: base.noiseMs * factor }, durationMs, pacing);
}

const common = { device, gaps: [], pauses: [], endedEarly: false, clientSummary: null, timeZone: demoClientZone };

/**
 * `days` days ending now: a 2-minute morning reading most days, and a 10-minute breathing session
 * (4 s in / 6 s out between two 2-minute rests) on about half of them. `trend` moves the resting HRV over
 * the period (+ rising, − falling), so the clients page shows both directions.
 */
export function demoClientSessions(now: Date, { seed, days, trend, meanHrBpm }: { seed: number; days: number; trend: number; meanHrBpm: number }): SessionUpload[] {
  const random = createRandom(seed);
  const uploads: SessionUpload[] = [];
  for (let daysAgo = days - 1; daysAgo >= 0; daysAgo--) {
    const progress = (days - 1 - daysAgo) / Math.max(1, days - 1);
    const factor = (1 + trend * (progress - 0.5)) * (0.92 + 0.16 * random.next());
    const morning = new Date(now.getTime() - daysAgo * 86_400_000 - 3 * 3_600_000);
    if (random.next() < 0.85) {
      uploads.push({
        ...common,
        id: crypto.randomUUID(),
        startedAt: morning.toISOString(),
        durationMs: 120_000,
        protocol: { preset: 'custom', inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 120, breathingS: 0, recoveryS: 0 },
        beats: beatsOf(seed + daysAgo * 7, meanHrBpm, factor, 120_000),
        phases: [{ phase: 'baseline', startMs: 0, endMs: 120_000 }],
        pacerCycleStartsMs: [],
        checkIn: null,
        kind: 'morning-reading',
        posture: 'lying',
      });
    }
    if (random.next() < 0.5) {
      const durationMs = 14 * 60_000;
      uploads.push({
        ...common,
        id: crypto.randomUUID(),
        startedAt: new Date(morning.getTime() + 60_000 * 30).toISOString(),
        durationMs,
        protocol: { preset: 'rest-rhythm', inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 120, breathingS: 600, recoveryS: 120 },
        beats: beatsOf(seed + daysAgo * 7 + 3, meanHrBpm + 2, factor * 0.95, durationMs, { fromMs: 120_000, untilMs: 720_000, settleBpm: 1 + 3 * random.next() }),
        phases: [
          { phase: 'baseline', startMs: 0, endMs: 120_000 },
          { phase: 'breathing', startMs: 120_000, endMs: 720_000 },
          { phase: 'recovery', startMs: 720_000, endMs: durationMs },
        ],
        pacerCycleStartsMs: Array.from({ length: 60 }, (_, i) => 120_000 + i * 10_000),
        checkIn: { breathing: 4, body: 3 + Math.round(random.next()), mood: 4 },
      });
    }
  }
  return uploads;
}
