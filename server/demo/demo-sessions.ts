// The demo person's twelve weeks, as a strap would have recorded them: every beat from the simulated
// heart of lib/ble (the same one the simulated strap sends), in the upload body the browser sends. Their
// numbers come from lib/hrv on the server's upload path, never made up here. Seeded: the same every run.
import { createRandom } from '@/lib/ble/prng';
import { HRV_PROFILES, type HrvProfile } from '@/lib/ble/simulated-strap';
import type { CheckIn, PhaseSpan, SessionUpload } from '@/lib/session/protocol/record';
import { simulatedBeats as beatsOf } from './simulated-beats';

export const demoDays = 84;
export const demoZone = 'Europe/Amsterdam';

export interface DemoSession {
  upload: SessionUpload;
  tags: string[];
  note: string | null;
}

const device = { kind: 'simulated' as const, name: 'Simulated strap', bodySensorLocation: 'chest' };

const scaled = (factor: number): HrvProfile => {
  const base = HRV_PROFILES.normal;
  return { rsaBpm: base.rsaBpm * factor, lfBpm: base.lfBpm * factor, vlfBpm: base.vlfBpm * factor, noiseMs: base.noiseMs * factor };
};

/** 07:10 or 19:30 on the demo person's clock, `daysAgo` days before `now`, as UTC. */
function localTime(now: Date, daysAgo: number, hour: number, minute: number): Date {
  const day = new Date(now.getTime() - daysAgo * 86_400_000);
  const guess = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute);
  // Amsterdam is one or two hours ahead of UTC: take the offset at that moment.
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: demoZone, hour: 'numeric', hourCycle: 'h23' }).formatToParts(new Date(guess));
  const localHour = Number(parts.find((p) => p.type === 'hour')?.value ?? hour);
  return new Date(guess - ((localHour - hour + 24) % 24) * 3_600_000);
}

/**
 * Mornings: a 2-minute reading lying down. Evenings, five days a week: 2 min rest, 10 min paced breathing
 * at 4 s in / 6 s out, 2 min rest in which the heart rate settles by a few beats a minute. Resting HRV rises slowly over the weeks of practice; a bad night or a
 * glass of wine pulls a morning down, as in life.
 */
export function demoSessions(now: Date): DemoSession[] {
  const random = createRandom(2026);
  const sessions: DemoSession[] = [];
  for (let daysAgo = demoDays - 1; daysAgo >= 0; daysAgo--) {
    const progress = (demoDays - 1 - daysAgo) / (demoDays - 1);
    const rough = random.next() < 0.1;
    const wine = !rough && random.next() < 0.06;
    const factor = (0.85 + 0.3 * progress) * (rough ? 0.65 : wine ? 0.75 : 1) * (0.92 + 0.16 * random.next());
    const heartRate = 64 - 3 * progress + (rough ? 5 : wine ? 4 : 0) + 2 * random.next();
    const seed = 1000 + daysAgo * 7;
    const morningAt = localTime(now, daysAgo, 7, 10);
    if (morningAt.getTime() < now.getTime()) {
      const durationMs = 120_000;
      sessions.push({
        upload: {
          id: crypto.randomUUID(),
          startedAt: morningAt.toISOString(),
          durationMs,
          protocol: { preset: 'custom', inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 120, breathingS: 0, recoveryS: 0 },
          device,
          beats: beatsOf(seed, heartRate, scaled(factor), durationMs),
          phases: [{ phase: 'baseline', startMs: 0, endMs: durationMs }],
          gaps: [],
          pauses: [],
          pacerCycleStartsMs: [],
          endedEarly: false,
          clientSummary: null,
          checkIn: null,
          kind: 'morning-reading',
          posture: 'lying',
          timeZone: demoZone,
        },
        tags: rough ? ['slept-badly'] : wine ? ['alcohol'] : [],
        note: rough && random.next() < 0.5 ? 'Woke up at four and lay awake for an hour.' : null,
      });
    }
    const eveningAt = localTime(now, daysAgo, 19, 30);
    if ((daysAgo % 7) % 3 !== 2 || random.next() < 0.2) {
      if (eveningAt.getTime() + 14 * 60_000 >= now.getTime()) continue;
      const durationMs = 14 * 60_000;
      const phases: PhaseSpan[] = [
        { phase: 'baseline', startMs: 0, endMs: 120_000 },
        { phase: 'breathing', startMs: 120_000, endMs: 720_000 },
        { phase: 'recovery', startMs: 720_000, endMs: durationMs },
      ];
      const calm = (n: number) => Math.max(1, Math.min(5, Math.round(n)));
      const checkIn: CheckIn = { breathing: calm(3.5 + progress + random.next()), body: calm(3 + progress + random.next()), mood: calm(3 + progress + random.next() - (rough ? 1 : 0)), energy: calm(2.5 + progress + random.next()) };
      sessions.push({
        upload: {
          id: crypto.randomUUID(),
          startedAt: eveningAt.toISOString(),
          durationMs,
          protocol: { preset: 'rest-rhythm', inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 120, breathingS: 600, recoveryS: 120 },
          device,
          // Practice settles the heart a little more as the weeks go by; some evenings it does not at all.
          beats: beatsOf(seed + 3, heartRate + 2, scaled(factor * 0.95), durationMs, { fromMs: 120_000, untilMs: 720_000, settleBpm: Math.max(0, 1 + 2.5 * progress + 2.5 * (random.next() - 0.4)) }),
          phases,
          gaps: [],
          pauses: [],
          pacerCycleStartsMs: Array.from({ length: 60 }, (_, i) => 120_000 + i * 10_000),
          endedEarly: false,
          clientSummary: null,
          checkIn,
          timeZone: demoZone,
        },
        tags: [],
        note: progress > 0.5 && random.next() < 0.08 ? 'Grateful for a quiet evening.' : null,
      });
    }
  }
  return sessions;
}
