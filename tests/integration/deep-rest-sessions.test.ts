import { describe, expect, it } from 'vitest';
import { summarizeSession } from '@/lib/hrv';
import type { SessionUpload } from '@/lib/session/protocol/record';
import { toSessionInput } from '@/lib/session/protocol/session-input';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { createSessionHandler, getSessionHandler, listSessionsHandler } from '@/server/sessions/handlers';
import { getTrendsHandler } from '@/server/trends/handlers';
import { apiRequest, idContext, useAppWithAnnaAndBram } from '../support/api-harness';
import { realisticBeats } from '../support/realistic-session';
import { testDialects } from '../support/test-databases';

/** Eight minutes: two of rest, four of a body scan (with a pause of 30 s in it), two of rest. */
function bodyScanUpload(): SessionUpload {
  const base = makeUpload();
  return makeUpload({
    id: 'd5e3f2a1-4444-4c43-9a4e-2f4b8f0b8a11',
    startedAt: new Date(Date.now() - 3_600_000).toISOString(),
    durationMs: 480_000,
    protocol: { ...base.protocol, practice: 'body-scan', baselineS: 120, breathingS: 240, recoveryS: 120 },
    beats: realisticBeats(9),
    phases: [
      { phase: 'baseline', startMs: 0, endMs: 120_000 },
      { phase: 'breathing', startMs: 120_000, endMs: 360_000 },
      { phase: 'recovery', startMs: 360_000, endMs: 480_000 },
    ],
    pauses: [{ startMs: 200_000, endMs: 230_000 }],
    // A practice has no pacer: no breath cycles.
    pacerCycleStartsMs: [],
    // Numbers the browser claims are kept for comparison only, never stored as the session's own.
    clientSummary: { baselineRmssdMs: 500, recoveryRmssdMs: 1 },
  });
}

describe.each(testDialects)('deep-rest practice sessions on %s', (dialect) => {
  const app = useAppWithAnnaAndBram(dialect);

  const upload = (cookie: string, body: unknown) => createSessionHandler(apiRequest('POST', '/api/sessions', { cookie, body }));
  const rowCount = async () => Number((await app.test.query<{ n: number | string }>('select count(*) as n from practice_session'))[0]?.n);

  it('stores a body scan with its practice, recomputes every number from the beats, and counts its minutes', async () => {
    const body = bodyScanUpload();
    const response = await upload(app.anna, body);
    expect(response.status).toBe(201);
    const { session } = await response.json();
    expect(session.kind).toBe('breathing');
    expect(session.protocol).toEqual(body.protocol);
    const direct = JSON.parse(JSON.stringify(summarizeSession(toSessionInput(body))));
    expect(session.summary).toEqual(direct);
    expect(session.baselineRmssdMs).toBeCloseTo(direct.shift.baselineRmssdMs, 9);
    expect(session.baselineRmssdMs).not.toBe(500);
    expect(session.recoveryRmssdMs).toBeCloseTo(direct.shift.recoveryRmssdMs, 9);
    // Four minutes of practice less the half-minute pause.
    expect(session.practiceMinutes).toBeCloseTo(3.5, 9);

    const listed = await (await listSessionsHandler(apiRequest('GET', '/api/sessions', { cookie: app.anna }))).json();
    expect(listed.sessions).toHaveLength(1);
    expect(listed.sessions[0]).toMatchObject({ id: body.id, protocol: { practice: 'body-scan' } });

    const trends = await (await getTrendsHandler(apiRequest('GET', '/api/trends?days=28', { cookie: app.anna }))).json();
    expect(trends.sessions).toEqual([expect.objectContaining({ id: body.id, minutes: 3.5 })]);
    expect(trends.days.reduce((sum: number, day: { minutes: number }) => sum + day.minutes, 0)).toBeCloseTo(3.5, 9);
  });

  it('another person cannot read it (404), and an unknown practice or one on a morning reading stores nothing', async () => {
    const body = bodyScanUpload();
    expect((await upload(app.anna, body)).status).toBe(201);
    expect((await getSessionHandler(apiRequest('GET', `/api/sessions/${body.id}`, { cookie: app.bram }), idContext(body.id))).status).toBe(404);

    const unknown = await upload(app.bram, { ...body, id: 'e6f4a3b2-5555-4c43-9a4e-2f4b8f0b8a11', protocol: { ...body.protocol, practice: 'hypnosis' } });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.code).toBe('invalid-session');
    const reading = await upload(app.bram, {
      ...makeUpload({ id: 'f7a5b4c3-6666-4c43-9a4e-2f4b8f0b8a11', durationMs: 60_000, phases: [{ phase: 'baseline', startMs: 0, endMs: 60_000 }], pacerCycleStartsMs: [] }),
      beats: makeUpload().beats,
      kind: 'morning-reading',
      posture: 'lying',
      protocol: { ...body.protocol, baselineS: 60, breathingS: 0, recoveryS: 0 },
    });
    expect(reading.status).toBe(400);
    expect(await rowCount()).toBe(1);
  });

  it('a body from before practices existed is still a paced breathing session', async () => {
    const response = await upload(app.anna, makeUpload());
    expect(response.status).toBe(201);
    const { session } = await response.json();
    expect(session.protocol).not.toHaveProperty('practice');
  });
});
