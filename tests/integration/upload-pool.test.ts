// Heavy work off the request thread (issue 11, item 4): parsing, validating and recomputing an upload
// runs on the HRV pool's threads, a full queue answers 503 busy with Retry-After, and a trivial request
// stays fast meanwhile. Run on SQLite only: the pool sits in front of the database and is the same on both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAuth } from '@/server/auth';
import { createAuth, type Auth } from '@/server/auth/config';
import { clientAddressHeader } from '@/server/client-address';
import { resetServerEnv } from '@/server/env';
import { resetHrvPool } from '@/server/hrv-pool';
import { prepareUpload } from '@/server/sessions/prepare-upload';
import { importFilesHandler } from '@/server/imports/handlers';
import { createSessionHandler } from '@/server/sessions/handlers';
import { uploadLimits } from '@/lib/session/protocol/limits';
import { apiRequest, baseUrl, signUp, testSecret } from '../support/api-harness';
import { threeHourUpload } from '../support/long-session';
import { useTestDatabase, type TestDatabase } from '../support/test-databases';

let test: TestDatabase;
let auth: Auth;
let anna: string;
const variables = { HRV_POOL_SIZE: '1', HRV_QUEUE_MAX: '1', UPLOAD_RATE_LIMIT_MAX: '1000' };

beforeAll(async () => {
  Object.assign(process.env, variables);
  resetServerEnv();
  await resetHrvPool();
  test = await useTestDatabase('sqlite');
  auth = createAuth({ database: test.database, baseUrl, secret: testSecret, rateLimitMax: 50 });
  setAuth(auth);
  anna = await signUp(auth, 'anna@example.com', '10.2.0.1');
});
afterAll(async () => {
  await resetHrvPool();
  for (const name of Object.keys(variables)) delete process.env[name];
  resetServerEnv();
  setAuth(undefined);
  await test.close();
});

const upload = (body: string) => createSessionHandler(apiRequest('POST', '/api/sessions', { cookie: anna, body }));
let probes = 0;
const health = async (): Promise<number> => {
  // From its own address each time, so the auth library's rate limit does not answer instead.
  const n = ++probes;
  const headers = { [clientAddressHeader()]: `10.9.${(n >> 8) & 255}.${n & 255}` };
  const started = performance.now();
  const response = await auth.handler(new Request(`${baseUrl}/api/auth/ok`, { headers }));
  expect(response.status).toBe(200);
  return performance.now() - started;
};

describe('uploads on the HRV pool', () => {
  it('takes a three-hour session at 240 bpm (the byte limit follows the beat limit)', async () => {
    const body = JSON.stringify(threeHourUpload());
    expect(body.length).toBeLessThan(uploadLimits.maxBodyBytes);
    expect((await upload(body)).status).toBe(201);
  });

  it('answers 503 busy with Retry-After when the queue is full, while a health request stays fast', async () => {
    const bodies = Array.from({ length: 6 }, () => JSON.stringify(threeHourUpload()));
    // What one upload costs on the thread that runs it: the yardstick for "fast" below.
    const started = performance.now();
    expect(prepareUpload(new TextEncoder().encode(bodies[0]!)).kind).toBe('valid');
    const workMs = performance.now() - started;

    let pending = true;
    const answers = Promise.all(bodies.map(upload)).finally(() => (pending = false));
    const healthMs: number[] = [];
    while (pending) {
      healthMs.push(await health());
      // Let the pool's messages in: the probes alone are only microtasks on the test's database.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const responses = await answers;

    const statuses = responses.map((r) => r.status);
    // One computing, one waiting, the rest refused at once.
    expect(statuses.filter((s) => s === 201)).toHaveLength(2);
    const refused = responses.filter((r) => r.status === 503);
    expect(refused).toHaveLength(4);
    for (const response of refused) {
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await response.json()).error.code).toBe('busy');
    }
    // On the request thread each upload would hold every other request for about workMs.
    expect(healthMs.length).toBeGreaterThan(0);
    const slowest = Math.max(...healthMs);
    expect(slowest / workMs, `slowest health request ${slowest.toFixed(0)} ms, one upload's work ${workMs.toFixed(0)} ms`).toBeLessThan(0.25);
  });
});

describe('imports on the HRV pool', () => {
  // Four files of nearly three hours each: a request whose reading and analysis take as long as uploads.
  const longFile = Array.from({ length: 40_000 }, (_, i) => 245 + ((i * 37) % 23)).join('\n');
  const importRequest = () => {
    const form = new FormData();
    for (let i = 0; i < 4; i++) {
      form.append('files', new File([longFile], `night-${i}.txt`));
      form.append(`startedAt.${i}`, `2026-01-1${i}T22:00:00Z`);
    }
    return new Request(`${baseUrl}/api/imports?dryRun=1`, { method: 'POST', headers: { origin: baseUrl, cookie: anna }, body: form });
  };

  it('reads and analyses an import on the pool: it shares the queue with uploads, and a full one answers 503 busy', async () => {
    const responses = await Promise.all([
      importFilesHandler(importRequest()),
      upload(JSON.stringify(threeHourUpload())),
      importFilesHandler(importRequest()),
      upload(JSON.stringify(threeHourUpload())),
    ]);
    const statuses = responses.map((r) => r.status);
    // One computing, one waiting, the other two refused at once, whichever kind they are.
    expect(statuses.filter((s) => s === 503)).toHaveLength(2);
    expect(statuses.filter((s) => s === 200 || s === 201)).toHaveLength(2);
    const answered = responses.find((r, i) => i % 2 === 0 && r.status === 200);
    if (answered) expect(((await answered.json()).files as { ok: boolean }[]).every((f) => f.ok)).toBe(true);
  });
});
