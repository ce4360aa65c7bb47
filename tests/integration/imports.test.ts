// POST /api/imports on both databases: previews, all-or-nothing imports, one session per recording and
// person, the request limits, and the refusals (issue 14).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importLimits } from '@/lib/session/protocol/limits';
import { type Auth } from '@/server/auth/config';
import { resetServerEnv } from '@/server/env';
import { importFilesHandler } from '@/server/imports/handlers';
import { getSessionHandler, listSessionsHandler } from '@/server/sessions/handlers';
import { getTrendsHandler } from '@/server/trends/handlers';
import { baseUrl, idContext, signUp, startApp, stopApp } from '../support/api-harness';
import { testDialects, type TestDatabase } from '../support/test-databases';

const samples = path.join(__dirname, '../../lib/hrv/formats/testdata');
const sample = (name: string) => ({ name: path.basename(name), text: readFileSync(path.join(samples, name), 'utf8') });
const hrm = sample('morning.hrm');
const sensorLogger = sample('polar-sensor-logger_RR.txt');
const elite = sample('2026-01-18 10-31-32.txt');
const plain = sample('plain-seconds.txt');
const brokenSensorLogger = sample('broken/polar-sensor-logger-commas.txt');

interface UploadFile {
  name: string;
  text: string;
  startedAt?: string;
  lastModified?: number;
}

function importRequest(files: UploadFile[], { cookie, dryRun = false, origin = baseUrl, headers = {} }: { cookie?: string; dryRun?: boolean; origin?: string; headers?: Record<string, string> }) {
  const form = new FormData();
  files.forEach((file, i) => {
    form.append('files', new File([file.text], file.name, { type: 'text/plain' }));
    if (file.startedAt) form.append(`startedAt.${i}`, file.startedAt);
    if (file.lastModified) form.append(`lastModified.${i}`, String(file.lastModified));
  });
  form.append('timeZone', 'Europe/Amsterdam');
  return new Request(`${baseUrl}/api/imports${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', headers: { origin, ...(cookie ? { cookie } : {}), ...headers }, body: form });
}

type FileResult = { name: string; ok: boolean; sessionId?: string; created?: boolean; rmssd?: number; line?: number | null; reason?: string; [key: string]: unknown };
const filesOf = async (response: Response) => ((await response.json()) as { files: FileResult[] }).files;

describe.each(testDialects)('POST /api/imports on %s', (dialect) => {
  let test: TestDatabase;
  let auth: Auth;
  let anna: string;
  let bram: string;
  let ip = 1;

  beforeAll(async () => {
    ({ test, auth } = await startApp(dialect, { rateLimitMax: 1000 }));
  });
  afterAll(() => stopApp(test));
  beforeEach(async () => {
    await test.reset();
    anna = await signUp(auth, 'anna@example.com', `10.14.0.${ip++}`);
    bram = await signUp(auth, 'bram@example.com', `10.14.0.${ip++}`);
  });
  afterEach(() => {
    delete process.env.UPLOAD_RATE_LIMIT_MAX;
    resetServerEnv();
  });

  const sessionCount = async () => Number((await test.query<{ n: number | string }>('select count(*) as n from practice_session'))[0]?.n);
  const listOf = async (cookie: string) =>
    ((await (await listSessionsHandler(new Request(`${baseUrl}/api/sessions`, { headers: { cookie } }))).json()).sessions as { id: string; startedAt: string; baselineRmssdMs: number }[]);

  it('previews each file without storing anything: format, beats, duration, start, RMSSD after correction, artifacts', async () => {
    const response = await importFilesHandler(importRequest([hrm, sensorLogger, elite], { cookie: anna, dryRun: true }));
    expect(response.status).toBe(200);
    const [fromHrm, fromLogger, fromElite] = await filesOf(response);
    expect(fromHrm).toMatchObject({ name: 'morning.hrm', ok: true, format: 'polar-hrm', beats: 120, startSource: 'file', alreadyImported: false, countsInTrends: true });
    // 06:45:10 on 18 January in Amsterdam (UTC+1): the file has no zone, the person's zone places it.
    expect(fromHrm?.startedAt).toBe('2026-01-18T05:45:10.000Z');
    expect(fromHrm?.durationS).toBeGreaterThan(100);
    expect(fromHrm?.rmssd).toBeGreaterThan(5);
    expect(typeof fromHrm?.artifactsPercent).toBe('number');
    expect(fromLogger).toMatchObject({ ok: true, format: 'polar-sensor-logger', beats: 120, startedAt: '2026-01-18T06:12:34.312Z' });
    expect(fromElite).toMatchObject({ ok: true, format: 'elite-hrv', startedAt: '2026-01-18T09:31:32.000Z' });
    expect(await sessionCount()).toBe(0);
  });

  it('keeps a long recording (a night, a workout) out of the morning trend: stored and shown, no day value', async () => {
    // 20 minutes of plain RR in ms, steady around 1 s: valid, clean, and far longer than a morning reading.
    const rr = Array.from({ length: 1200 }, (_, i) => 1000 + ((i * 37) % 41) - 20);
    const long = { name: 'night.txt', text: rr.join('\n'), startedAt: '2026-01-20T07:00' };
    const [preview] = await filesOf(await importFilesHandler(importRequest([long], { cookie: anna, dryRun: true })));
    expect(preview).toMatchObject({ ok: true, countsInTrends: false });
    expect(preview?.rmssd).toBeGreaterThan(5);
    const [shortPreview] = await filesOf(await importFilesHandler(importRequest([{ ...long, name: 'short.txt', text: rr.slice(0, 150).join('\n') }], { cookie: anna, dryRun: true })));
    expect(shortPreview).toMatchObject({ ok: true, countsInTrends: true });
    expect((await importFilesHandler(importRequest([long], { cookie: anna }))).status).toBe(201);
    const [stored] = await test.query<{ baseline_ln_rmssd: number | null; baseline_rmssd_ms: number | null }>('select baseline_ln_rmssd, baseline_rmssd_ms from practice_session');
    expect(stored?.baseline_ln_rmssd).toBeNull();
    expect(stored?.baseline_rmssd_ms).toBeGreaterThan(5);
  });

  it('stores nothing when one file of the request is broken, and names its line', async () => {
    const response = await importFilesHandler(importRequest([hrm, brokenSensorLogger, elite], { cookie: anna }));
    expect(response.status).toBe(400);
    const body = await response.clone().json();
    expect(body.error.code).toBe('invalid-import');
    const files = await filesOf(response);
    expect(files.map((f) => f.ok)).toEqual([true, false, true]);
    expect(files[1]).toMatchObject({ name: 'polar-sensor-logger-commas.txt', ok: false, line: 2, code: 'wrong-separator' });
    expect(files[1]?.reason).toMatch(/semicolon/);
    expect(files.some((f) => 'sessionId' in f)).toBe(false);
    expect(await sessionCount()).toBe(0);
    expect(Number((await test.query<{ n: number | string }>('select count(*) as n from session_beats'))[0]?.n)).toBe(0);
  });

  it('imports valid files as sessions of kind imported that /api/sessions, the session itself and trends show', async () => {
    const response = await importFilesHandler(importRequest([hrm, elite], { cookie: anna }));
    expect(response.status).toBe(201);
    const files = await filesOf(response);
    expect(files.every((f) => f.ok && f.created === true && typeof f.sessionId === 'string')).toBe(true);
    const list = await listOf(anna);
    expect(list.map((s) => s.id).sort()).toEqual(files.map((f) => f.sessionId).sort());
    const one = await (await getSessionHandler(new Request(`${baseUrl}/api/sessions/${files[0]?.sessionId}`, { headers: { cookie: anna } }), idContext(files[0]?.sessionId ?? ''))).json();
    expect(one.session).toMatchObject({ kind: 'imported', startedAt: '2026-01-18T05:45:10.000Z', baselineRmssdMs: files[0]?.rmssd, localDate: '2026-01-18' });
    const trends = await (await getTrendsHandler(new Request(`${baseUrl}/api/trends?days=0`, { headers: { cookie: anna } }))).json();
    expect(trends.sessions.map((s: { kind: string }) => s.kind)).toEqual(['imported', 'imported']);
    const day = trends.days.find((d: { date: string }) => d.date === '2026-01-18');
    // Its rest passed the quality checks: the day's first such session gives the daily reading.
    expect(day.dailyLnRmssd).toBeCloseTo(Math.log(files[0]?.rmssd ?? 0), 10);
  });

  it('stores the same recording once: twice in one request, and again later, answers the same session', async () => {
    const first = await filesOf(await importFilesHandler(importRequest([hrm, hrm], { cookie: anna })));
    expect(first[0]?.sessionId).toBe(first[1]?.sessionId);
    expect(first.map((f) => f.created)).toEqual([true, false]);
    const again = await importFilesHandler(importRequest([hrm], { cookie: anna }));
    expect(again.status).toBe(201);
    const [repeat] = await filesOf(again);
    expect(repeat).toMatchObject({ ok: true, sessionId: first[0]?.sessionId, created: false });
    const preview = await filesOf(await importFilesHandler(importRequest([hrm], { cookie: anna, dryRun: true })));
    expect(preview[0]?.alreadyImported).toBe(true);
    expect(await sessionCount()).toBe(1);
  });

  it("gives another person importing the same file a session of their own, and tells them nothing of the first one's", async () => {
    const [annas] = await filesOf(await importFilesHandler(importRequest([hrm], { cookie: anna })));
    const preview = await filesOf(await importFilesHandler(importRequest([hrm], { cookie: bram, dryRun: true })));
    expect(preview[0]?.alreadyImported).toBe(false);
    const response = await importFilesHandler(importRequest([hrm], { cookie: bram }));
    expect(response.status).toBe(201);
    const [brams] = await filesOf(response);
    expect(brams).toMatchObject({ ok: true, created: true });
    expect(brams?.sessionId).not.toBe(annas?.sessionId);
    expect((await listOf(bram)).map((s) => s.id)).toEqual([brams?.sessionId]);
    expect((await listOf(anna)).map((s) => s.id)).toEqual([annas?.sessionId]);
  });

  it('needs a start for a file that has none: the one given, else the file date as its end, else a clear refusal', async () => {
    const refused = await filesOf(await importFilesHandler(importRequest([plain], { cookie: anna, dryRun: true })));
    expect(refused[0]).toMatchObject({ ok: false, code: 'no-start', line: null });
    expect(refused[0]?.reason).toMatch(/start date and time/);
    const given = await filesOf(await importFilesHandler(importRequest([{ ...plain, startedAt: '2026-01-19T07:05' }], { cookie: anna, dryRun: true })));
    expect(given[0]).toMatchObject({ ok: true, format: 'plain', startedAt: '2026-01-19T06:05:00.000Z', startSource: 'given' });
    const end = Date.parse('2026-01-20T07:00:00Z');
    const dated = await filesOf(await importFilesHandler(importRequest([{ ...plain, lastModified: end }], { cookie: anna, dryRun: true })));
    expect(dated[0]).toMatchObject({ ok: true, startSource: 'last-modified' });
    expect(Date.parse(String(dated[0]?.startedAt)) + Number(dated[0]?.durationS) * 1000).toBeCloseTo(end, -1);
    const nonsense = await filesOf(await importFilesHandler(importRequest([{ ...plain, startedAt: 'yesterday' }], { cookie: anna, dryRun: true })));
    expect(nonsense[0]).toMatchObject({ ok: false, code: 'bad-start' });
  });

  it('refuses too many files and too large a request with 413, by the declared length and by the bytes read', async () => {
    const many = Array.from({ length: importLimits.maxFiles + 1 }, () => hrm);
    const tooMany = await importFilesHandler(importRequest(many, { cookie: anna }));
    expect(tooMany.status).toBe(413);
    expect((await tooMany.json()).error.code).toBe('payload-too-large');
    const declared = await importFilesHandler(importRequest([hrm], { cookie: anna, headers: { 'content-length': String(importLimits.maxRequestBytes + 1) } }));
    expect(declared.status).toBe(413);
    // Seven files just under the per-file limit: over the request limit without declaring a length.
    const big = { name: 'big.txt', text: `${'840\n'.repeat(Math.floor((importLimits.maxFileBytes - 16) / 4))}` };
    const streamed = await importFilesHandler(importRequest(Array.from({ length: 7 }, () => big), { cookie: anna }));
    expect(streamed.status).toBe(413);
    expect(await sessionCount()).toBe(0);
  });

  it('refuses a single file over the per-file limit by name, and stores nothing', async () => {
    const huge = { name: 'huge.txt', text: '840\n'.repeat(Math.ceil(importLimits.maxFileBytes / 4) + 10) };
    const response = await importFilesHandler(importRequest([hrm, huge], { cookie: anna }));
    expect(response.status).toBe(400);
    const files = await filesOf(response);
    expect(files[1]).toMatchObject({ name: 'huge.txt', ok: false, code: 'too-large' });
    expect(await sessionCount()).toBe(0);
  });

  it('counts imports against the upload limit once per request, and not when refused', async () => {
    process.env.UPLOAD_RATE_LIMIT_MAX = '2';
    resetServerEnv();
    for (let i = 0; i < 3; i++) expect((await importFilesHandler(importRequest([hrm, brokenSensorLogger], { cookie: anna }))).status).toBe(400);
    expect((await importFilesHandler(importRequest([hrm, elite, sensorLogger], { cookie: anna }))).status).toBe(201);
    expect((await importFilesHandler(importRequest([hrm], { cookie: anna, dryRun: true }))).status).toBe(200);
    const third = await importFilesHandler(importRequest([elite], { cookie: anna }));
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('answers 401 to someone not signed in, 403 to a foreign origin, 415 to a JSON body — storing nothing', async () => {
    const anonymous = await importFilesHandler(importRequest([hrm], {}));
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe('unauthenticated');
    const foreign = await importFilesHandler(importRequest([hrm], { cookie: anna, origin: 'https://evil.example' }));
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.code).toBe('forbidden-origin');
    const asJson = await importFilesHandler(
      new Request(`${baseUrl}/api/imports`, { method: 'POST', headers: { origin: baseUrl, cookie: anna, 'content-type': 'application/json', 'content-length': '2' }, body: '{}' }),
    );
    expect(asJson.status).toBe(415);
    const noFiles = await importFilesHandler(importRequest([], { cookie: anna }));
    expect(noFiles.status).toBe(400);
    expect(await sessionCount()).toBe(0);
  });
});
