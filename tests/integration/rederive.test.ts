// Sessions stored by an older HRV engine get their numbers derived again from their kept beats: every
// person's, each written as its owner, only while it still carries the version it was read with.
import { describe, expect, it } from 'vitest';
import { toImportUpload } from '@/lib/session/import/imported-recording';
import { encodeBeats } from '@/lib/session/protocol/beats-codec';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { makeResonanceUpload } from '@/lib/session/testing/resonance-upload';
import { readSessionForDerivation, storeRederivedColumns } from '@/db/queries/rederive';
import { deriveImportedColumns, HRV_ENGINE_VERSION } from '@/server/sessions/derive-columns';
import { createSessionHandler } from '@/server/sessions/handlers';
import { derivedColumnsOf, rederiveStaleSessions } from '@/server/sessions/rederive';
import { apiRequest, useAppWithAnnaAndBram } from '../support/api-harness';
import { realisticBeats } from '../support/realistic-session';
import { testDialects } from '../support/test-databases';

const morningReading = (id: string, seed: number) =>
  makeUpload({
    id,
    kind: 'morning-reading',
    posture: 'sitting',
    durationMs: 60_000,
    protocol: { preset: 'rest-rhythm', inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 60, breathingS: 0, recoveryS: 0 },
    beats: realisticBeats(seed, 60_000),
    phases: [{ phase: 'baseline', startMs: 0, endMs: 60_000 }],
    pacerCycleStartsMs: [],
  });

/** The derived columns as stored, in one shape on both databases (booleans and JSON as values). */
const derivedColumns = `id, engine_version, baseline_rmssd_ms, baseline_ln_rmssd, artifact_percent, practice_minutes, quality_ok, quality_reasons, summary, resonance`;
type Row = Record<string, unknown>;
const normalise = (row: Row | undefined): Row | undefined =>
  row && {
    ...row,
    quality_ok: Boolean(row.quality_ok),
    ...Object.fromEntries(['quality_reasons', 'summary', 'resonance'].map((k) => [k, typeof row[k] === 'string' ? JSON.parse(row[k]) : row[k]])),
  };

describe.each(testDialects)('deriving stored sessions again on %s', (dialect) => {
  const app = useAppWithAnnaAndBram(dialect);
  const upload = async (cookie: string, body: unknown) => expect((await createSessionHandler(apiRequest('POST', '/api/sessions', { cookie, body }))).status).toBe(201);
  const rowOf = async (id: string) => normalise((await app.test.query<Row>(`select ${derivedColumns} from practice_session where id = ?`, [id]))[0]);
  /** What an older engine left: another version, and numbers that differ from today's. */
  const ageRow = (id: string) =>
    app.test.query(`update practice_session set engine_version = 'herstel-hrv/1', baseline_ln_rmssd = null, baseline_rmssd_ms = 1, quality_ok = ?, quality_reasons = ?, summary = ? where id = ?`, [
      dialect === 'sqlite' ? 0 : false,
      '["baseline:too-short"]',
      '{"phases":[],"shift":{}}',
      id,
    ]);

  const annaReading = 'b7c1d2e3-0000-4000-8000-000000000001';
  const annaAssessment = makeResonanceUpload();
  const bramReading = 'b7c1d2e3-0000-4000-8000-000000000002';

  it("derives every person's stale sessions again, to what an upload today stores, and leaves current ones alone", async () => {
    await upload(app.anna, morningReading(annaReading, 3));
    await upload(app.anna, annaAssessment);
    await upload(app.bram, morningReading(bramReading, 4));
    const today = { anna: await rowOf(annaReading), assessment: await rowOf(annaAssessment.id), bram: await rowOf(bramReading) };
    expect(today.anna?.engine_version).toBe(HRV_ENGINE_VERSION);
    expect(today.assessment?.resonance).toMatchObject({ rateBpm: 5.5 });
    for (const id of [annaReading, annaAssessment.id]) await ageRow(id);
    expect((await rowOf(annaReading))?.baseline_ln_rmssd).toBeNull();

    const report = await rederiveStaleSessions({ batchSize: 1 });

    expect(report).toEqual({ rederived: 2, skipped: 0, newer: 0, failed: [] });
    expect(await rowOf(annaReading)).toEqual(today.anna);
    expect(await rowOf(annaAssessment.id)).toEqual(today.assessment);
    expect(await rowOf(bramReading)).toEqual(today.bram);
    expect(await rederiveStaleSessions()).toEqual({ rederived: 0, skipped: 0, newer: 0, failed: [] });
  });

  it('writes a session only as its owner and only while it carries the version it was read with', async () => {
    await upload(app.anna, morningReading(annaReading, 5));
    await ageRow(annaReading);
    const [anna] = await app.test.query<{ id: string }>(`select id from "user" where email = 'anna@example.com'`);
    const [bram] = await app.test.query<{ id: string }>(`select id from "user" where email = 'bram@example.com'`);
    const annaViewer = { userId: anna!.id, role: 'practising' as const };
    const bramViewer = { userId: bram!.id, role: 'practising' as const };

    expect(await readSessionForDerivation(bramViewer, annaReading)).toBeUndefined();
    const stored = await readSessionForDerivation(annaViewer, annaReading);
    const columns = derivedColumnsOf(stored!);
    expect(await storeRederivedColumns(bramViewer, annaReading, 'herstel-hrv/1', columns)).toBe(false);
    // Derived again elsewhere meanwhile (another instance): this older read does not overwrite it.
    expect(await storeRederivedColumns(annaViewer, annaReading, 'herstel-hrv/0', columns)).toBe(false);
    expect((await rowOf(annaReading))?.engine_version).toBe('herstel-hrv/1');
    expect(await storeRederivedColumns(annaViewer, annaReading, 'herstel-hrv/1', columns)).toBe(true);
    expect((await rowOf(annaReading))?.engine_version).toBe(HRV_ENGINE_VERSION);
  });

  it('leaves a session derived by a newer engine (a rolling deploy, a rollback) as it is', async () => {
    await upload(app.anna, morningReading(annaReading, 8));
    await ageRow(annaReading);
    await app.test.query(`update practice_session set engine_version = 'herstel-hrv/99' where id = ?`, [annaReading]);
    const before = await rowOf(annaReading);
    expect(await rederiveStaleSessions()).toEqual({ rederived: 0, skipped: 0, newer: 1, failed: [] });
    expect(await rowOf(annaReading)).toEqual(before);
  });

  it('keeps the stored numbers of a session whose beats cannot be read, says why, and goes on with the rest', async () => {
    await upload(app.anna, morningReading(annaReading, 6));
    await upload(app.bram, morningReading(bramReading, 7));
    for (const id of [annaReading, bramReading]) await ageRow(id);
    const broken = Buffer.from([9, 1, 2]);
    await app.test.query('update session_beats set beats = ? where session_id = ?', [broken, annaReading]);

    const report = await rederiveStaleSessions();

    expect(report.rederived).toBe(1);
    expect(report.failed).toEqual([expect.objectContaining({ id: annaReading, reason: 'unknown beats format version 9' })]);
    expect((await rowOf(annaReading))?.engine_version).toBe('herstel-hrv/1');
    expect((await rowOf(bramReading))?.engine_version).toBe(HRV_ENGINE_VERSION);
  });
});

describe('the numbers of a stored import', () => {
  /** An import of these RR intervals as the import stores it (its length on the stored row is a hair over their sum). */
  const imported = (rrMs: number[]) => {
    const upload = toImportUpload('c0ffee00-0000-4000-8000-000000000001', new Date('2026-11-30T07:00:00Z'), rrMs);
    return {
      stored: { ...upload, kind: 'imported' as const, resonance: null, engineVersion: 'herstel-hrv/1', beats: encodeBeats(upload.beats) },
      atImport: deriveImportedColumns({ ...upload, kind: 'breathing' }),
    };
  };
  const alternating = (pairs: number) => Array.from({ length: pairs * 2 }, (_, i) => (i % 2 === 0 ? 990 : 1010));

  it('follow the import rule as the import applied it: exactly ten minutes still counts in trends, longer does not', () => {
    const tenMinutes = imported(alternating(300));
    expect(tenMinutes.stored.durationMs).toBeGreaterThan(600_000);
    expect(tenMinutes.atImport.baselineLnRmssd).not.toBeNull();
    expect(derivedColumnsOf(tenMinutes.stored).baselineLnRmssd).toBe(tenMinutes.atImport.baselineLnRmssd);
    const longer = imported(alternating(301));
    expect(longer.atImport.baselineLnRmssd).toBeNull();
    expect(derivedColumnsOf(longer.stored)).toMatchObject({ baselineLnRmssd: null, baselineRmssdMs: longer.atImport.baselineRmssdMs });
  });
});
