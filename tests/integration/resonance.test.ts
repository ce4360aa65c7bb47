import { describe, expect, it } from 'vitest';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { makeResonanceUpload } from '@/lib/session/testing/resonance-upload';
import type { ResonanceAnalysis } from '@/lib/hrv';
import { unzipSync, strFromU8 } from 'fflate';
import { deleteAccountHandler, exportAccountHandler } from '@/server/account/handlers';
import { deleteResonanceRateHandler, getResonanceRateHandler, putResonanceRateHandler } from '@/server/resonance/handlers';
import { createSessionHandler, getSessionHandler } from '@/server/sessions/handlers';
import { getTrendsHandler } from '@/server/trends/handlers';
import { apiRequest, idContext, useAppWithAnnaAndBram } from '../support/api-harness';
import { testDialects } from '../support/test-databases';

describe.each(testDialects)('resonance assessment on %s', (dialect) => {
  const app = useAppWithAnnaAndBram(dialect);

  const upload = (cookie: string, body: unknown) => createSessionHandler(apiRequest('POST', '/api/sessions', { cookie, body }));
  const adopt = (cookie: string | undefined, body: unknown) => putResonanceRateHandler(apiRequest('PUT', '/api/resonance-rate', { cookie, body }));
  const rateOf = async (cookie: string) => ((await (await getResonanceRateHandler(apiRequest('GET', '/api/resonance-rate', { cookie }))).json()) as { rateBpm: number | null }).rateBpm;
  const sessionRows = async () => Number((await app.test.query<{ n: number | string }>('select count(*) as n from practice_session'))[0]?.n);

  it('recomputes every step from the beats, stores them with the session, and finds 5.5 a minute', async () => {
    const body = makeResonanceUpload();
    const created = await upload(app.anna, body);
    expect(created.status).toBe(201);
    const detail = (await (await getSessionHandler(apiRequest('GET', `/api/sessions/${body.id}`, { cookie: app.anna }), idContext(body.id))).json()) as {
      session: { kind: string; resonance: ResonanceAnalysis; baselineLnRmssd: number | null };
    };
    expect(detail.session.kind).toBe('resonance');
    expect(detail.session.resonance.rateBpm).toBe(5.5);
    expect(detail.session.resonance.steps.map((s) => s.rateBpm)).toEqual([6.5, 6, 5.5, 5, 4.5]);
    expect(detail.session.resonance.steps.every((s) => s.usable && s.amplitudeBpm! > 0 && s.lfMs2! > 0)).toBe(true);
    // No baseline: an assessment never sets a morning value in trends.
    expect(detail.session.baselineLnRmssd).toBeNull();
    const trends = (await (await getTrendsHandler(apiRequest('GET', '/api/trends?days=0', { cookie: app.anna }))).json()) as { days: { dailyLnRmssd: number | null }[] };
    expect(trends.days.every((d) => d.dailyLnRmssd === null)).toBe(true);
    // Steps are not a rest before and after: no shift or phase figure stands for the whole assessment.
    const [row] = await app.test.query<Record<string, unknown>>(
      'select recovery_rmssd_ms, shift_percent, breathing_coherence, rsa_mean_bpm, breathing_hr_bpm, recovery_hr_bpm, quality_ok, quality_reasons from practice_session where id = ?',
      [body.id],
    );
    expect({ ...row, quality_ok: Boolean(row?.quality_ok), quality_reasons: typeof row?.quality_reasons === 'string' ? JSON.parse(row.quality_reasons) : row?.quality_reasons }).toEqual({
      recovery_rmssd_ms: null,
      shift_percent: null,
      breathing_coherence: null,
      rsa_mean_bpm: null,
      breathing_hr_bpm: null,
      recovery_hr_bpm: null,
      quality_ok: true,
      quality_reasons: [],
    });
  });

  it('refuses a malformed assessment with 400 and stores nothing', async () => {
    const good = makeResonanceUpload();
    const bad = [
      { ...good, resonanceRatesBpm: [4.5, 5, 5.5, 6, 6.5] },
      { ...good, resonanceRatesBpm: undefined },
      { ...good, phases: [good.phases[1]!, good.phases[0]!, ...good.phases.slice(2)] },
      // Numbers from the browser are not taken: a result field is not part of an upload.
      { ...good, resonance: { rateBpm: 4.5, steps: [] } },
      makeUpload({ resonanceRatesBpm: [6.5] }),
    ];
    for (const body of bad) {
      const response = await upload(app.anna, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid-session');
    }
    expect(await sessionRows()).toBe(0);
  });

  it('makes the assessment’s rate the person’s own rhythm, taken from the stored result', async () => {
    const body = makeResonanceUpload();
    expect((await upload(app.anna, body)).status).toBe(201);
    expect(await rateOf(app.anna)).toBeNull();
    const adopted = await adopt(app.anna, { sessionId: body.id });
    expect(adopted.status).toBe(200);
    expect(await adopted.json()).toEqual({ rateBpm: 5.5 });
    expect(await rateOf(app.anna)).toBe(5.5);
    // A rate in the body is not accepted: only the assessment's id.
    expect((await adopt(app.anna, { sessionId: body.id, rateBpm: 4.5 })).status).toBe(400);
    expect((await adopt(app.anna, { sessionId: 'not-an-id' })).status).toBe(400);
    expect(await rateOf(app.anna)).toBe(5.5);
    expect((await deleteResonanceRateHandler(apiRequest('DELETE', '/api/resonance-rate', { cookie: app.anna }))).status).toBe(204);
    expect(await rateOf(app.anna)).toBeNull();
  });

  it('never lets another person adopt, see or learn of someone’s assessment (404), nor a session that is no assessment', async () => {
    const body = makeResonanceUpload();
    expect((await upload(app.anna, body)).status).toBe(201);
    const foreign = await adopt(app.bram, { sessionId: body.id });
    expect(foreign.status).toBe(404);
    expect(await rateOf(app.bram)).toBeNull();
    expect((await getSessionHandler(apiRequest('GET', `/api/sessions/${body.id}`, { cookie: app.bram }), idContext(body.id))).status).toBe(404);
    const breathing = makeUpload({ id: '0e6b5d1a-7c2f-4b3e-9d8a-1f2e3d4c5b6a' });
    expect((await upload(app.anna, breathing)).status).toBe(201);
    expect((await adopt(app.anna, { sessionId: breathing.id })).status).toBe(404);
    expect(await rateOf(app.anna)).toBeNull();
  });

  it('answers 409 and changes nothing when no step was usable', async () => {
    const body = makeResonanceUpload({ beats: makeResonanceUpload().beats.filter((_, i) => i % 40 === 0) });
    expect((await upload(app.anna, body)).status).toBe(201);
    const response = await adopt(app.anna, { sessionId: body.id });
    expect(response.status).toBe(409);
    expect(await rateOf(app.anna)).toBeNull();
  });

  it('goes into the account export, and away with the account', async () => {
    const body = makeResonanceUpload();
    expect((await upload(app.anna, body)).status).toBe(201);
    expect((await adopt(app.anna, { sessionId: body.id })).status).toBe(200);
    const files = unzipSync(new Uint8Array(await (await exportAccountHandler(apiRequest('GET', '/api/account/export', { cookie: app.anna }))).arrayBuffer()));
    const account = JSON.parse(strFromU8(files['account.json'] as Uint8Array)) as { account: { resonanceRateBpm: number }; sessions: { kind: string; resonance: ResonanceAnalysis }[] };
    expect(account.account.resonanceRateBpm).toBe(5.5);
    expect(account.sessions[0]).toMatchObject({ kind: 'resonance', resonance: { rateBpm: 5.5 } });
    expect((await deleteAccountHandler(apiRequest('DELETE', '/api/account', { cookie: app.anna, body: { confirm: 'anna@example.com' } }))).status).toBe(204);
    expect(await sessionRows()).toBe(0);
    expect(await app.test.query('select resonance_rate_bpm from "user" where email = ?', ['anna@example.com'])).toEqual([]);
  });

  it('answers 401 without a session, and changes nothing', async () => {
    expect((await getResonanceRateHandler(apiRequest('GET', '/api/resonance-rate'))).status).toBe(401);
    expect((await adopt(undefined, { sessionId: makeResonanceUpload().id })).status).toBe(401);
    expect((await deleteResonanceRateHandler(apiRequest('DELETE', '/api/resonance-rate'))).status).toBe(401);
  });
});
