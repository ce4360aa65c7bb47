import type { APIRequestContext } from '@playwright/test';
import type { RecordedBeat, SessionUpload } from '@/lib/session/protocol/record';
import { makeUpload } from '../../../lib/session/testing/make-upload';
import { expect } from '../fixtures';

/** Beats over `durationS` with a breathing-like swing of `swingMs`: a larger swing gives a larger RMSSD. */
function beats(durationS: number, swingMs: number): RecordedBeat[] {
  const out: RecordedBeat[] = [];
  let tMs = 0;
  for (let i = 0; tMs < durationS * 1000 - 1200; i++) {
    const rrMs = Math.round(900 + swingMs * Math.sin((2 * Math.PI * i) / 6) + ((i * 37) % 11) - 5);
    tMs += rrMs;
    out.push({ tMs, rrMs, rrRaw: null });
  }
  return out;
}

const dayAt = (daysAgo: number, hourUtc: number) => {
  const d = new Date();
  d.setUTCHours(hourUtc, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - daysAgo);
  return d.toISOString();
};

/** A 70-s morning reading (rest only), `daysAgo` days before today at 07:00 UTC. */
export function morningReading(daysAgo: number, swingMs: number): SessionUpload {
  const durationMs = 70_000;
  return {
    ...makeUpload({
      id: crypto.randomUUID(),
      startedAt: dayAt(daysAgo, 7),
      durationMs,
      protocol: { preset: 'custom', inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 70, breathingS: 0, recoveryS: 0 },
      beats: beats(70, swingMs),
      phases: [{ phase: 'baseline', startMs: 0, endMs: durationMs }],
      pacerCycleStartsMs: [],
    }),
    kind: 'morning-reading',
    posture: 'lying',
    timeZone: 'UTC',
  };
}

/** A breathing session of 70 s rest, 60 s paced breathing and 70 s recovery, at 18:00 UTC. */
export function breathingSession(daysAgo: number): SessionUpload {
  const b = beats(70, 25);
  const br = beats(60, 60).map((x) => ({ ...x, tMs: x.tMs + 70_000 }));
  const r = beats(70, 40).map((x) => ({ ...x, tMs: x.tMs + 130_000 }));
  return makeUpload({
    id: crypto.randomUUID(),
    startedAt: dayAt(daysAgo, 18),
    durationMs: 200_000,
    protocol: { preset: 'rest-rhythm', inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 70, breathingS: 60, recoveryS: 70 },
    beats: [...b, ...br, ...r],
    phases: [
      { phase: 'baseline', startMs: 0, endMs: 70_000 },
      { phase: 'breathing', startMs: 70_000, endMs: 130_000 },
      { phase: 'recovery', startMs: 130_000, endMs: 200_000 },
    ],
    pacerCycleStartsMs: Array.from({ length: 6 }, (_, i) => 70_000 + i * 10_000),
    timeZone: 'UTC',
  });
}

/** Stores uploads as the signed-in person of `request`, with the app's Origin like the browser's writes. */
export async function postSessions(request: APIRequestContext, baseURL: string, uploads: SessionUpload[]): Promise<string[]> {
  const ids: string[] = [];
  for (const upload of uploads) {
    const response = await request.post('/api/sessions', { data: upload, headers: { origin: baseURL } });
    expect(response.status(), await response.text()).toBeLessThan(300);
    ids.push(upload.id);
  }
  return ids;
}

export async function putContext(request: APIRequestContext, baseURL: string, id: string, tags: string[], note: string | null) {
  const response = await request.put(`/api/sessions/${id}/context`, { data: { tags, note }, headers: { origin: baseURL } });
  expect(response.status(), await response.text()).toBe(200);
}
