// Two app instances on one PostgreSQL, as a load balancer spreads one person's requests: the production
// build (`next build` in `npm test`, folder NEXT_DIST_DIR) started twice with `next start`, on a fresh
// database on the server at TEST_DATABASE_URL. A third instance without TRUST_PROXY checks that a client
// cannot choose the address it is counted under. Requests go over HTTP with fetch; no browser.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import type { RecordedBeat, SessionUpload } from '@/lib/session/protocol/record';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { realisticBeats } from '../support/realistic-session';

const adminUrl = process.env.TEST_DATABASE_URL;
const skipReason = 'needs a PostgreSQL server: set TEST_DATABASE_URL to a postgres:// URL of a role that may create databases (.ci/run does)';
// Once per run: the runner loads this file to list it, workers load it again (and set TEST_WORKER_INDEX).
if (!adminUrl && !process.env.TEST_WORKER_INDEX) console.log(`multi-instance.spec.ts: not run, it ${skipReason}.`);

const mainPort = Number(process.env.E2E_PORT ?? 3100);
const authLimit = 5;
/** Per person per 10 minutes; each case below uses its own people and stays under it unless it tests it. */
const uploadLimit = 20;
const secret = 'multi-instance-secret-not-for-production-0123456789';
const password = 'rustig-ademen-42';
const repoRoot = path.resolve(__dirname, '..', '..');
const nextBin = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
/** What the parent's environment must not decide for the instances. */
const instanceKeys = ['PORT', 'NODE_ENV', 'DATABASE_PATH', 'DATABASE_URL', 'BETTER_AUTH_URL', 'BETTER_AUTH_SECRET', 'AUTH_RATE_LIMIT_MAX', 'UPLOAD_RATE_LIMIT_MAX', 'TRUST_PROXY'];

const applicationName = (instance: string) => `herstel-multi-${instance}`;

type Exit = { code: number | null; signal: NodeJS.Signals | null };
const running = new Set<ChildProcess>();
// Should the worker exit without running its hooks, the servers go with it.
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

class Instance {
  readonly origin: string;
  readonly output: string[] = [];
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcess;
  private alive = true;

  constructor(
    readonly name: string,
    port: number,
    databaseUrl: string,
    env: Record<string, string>,
  ) {
    // 127.0.0.1, not localhost: one address family, so an instance without TRUST_PROXY sees one client.
    this.origin = `http://127.0.0.1:${port}`;
    const inherited = { ...process.env };
    for (const key of instanceKeys) delete inherited[key];
    // The application name lets the test see this instance's connections on the server.
    const url = new URL(databaseUrl);
    url.searchParams.set('application_name', applicationName(name));
    // `node …/next start` is the server process itself (no shell, no npx), so a signal reaches it. It
    // inherits NEXT_DIST_DIR, the build `npm test` made.
    this.child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
      cwd: repoRoot,
      env: {
        ...inherited,
        PORT: String(port),
        DATABASE_URL: url.toString(),
        BETTER_AUTH_SECRET: secret,
        BETTER_AUTH_URL: this.origin,
        AUTH_RATE_LIMIT_MAX: String(authLimit),
        UPLOAD_RATE_LIMIT_MAX: String(uploadLimit),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(this.child);
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) this.output.push(`[${name}] ${line.slice(0, 2_000)}`);
      if (this.output.length > 400) this.output.splice(0, this.output.length - 400);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      const done = (exit: Exit) => {
        this.alive = false;
        running.delete(this.child);
        resolve(exit);
      };
      this.child.once('exit', (code, signal) => done({ code, signal }));
      this.child.once('error', (error) => {
        keep(Buffer.from(`spawn failed: ${error.message}`));
        done({ code: null, signal: null });
      });
    });
  }

  get isAlive(): boolean {
    return this.alive;
  }

  async waitUntilReady(deadline: number): Promise<void> {
    for (;;) {
      if (!this.alive) throw new Error(`instance ${this.name} exited before it was ready:\n${this.output.join('\n')}`);
      try {
        const response = await fetch(`${this.origin}/sign-in`, { signal: AbortSignal.timeout(5_000) });
        await response.arrayBuffer();
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`instance ${this.name} did not answer /sign-in in time:\n${this.output.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Sends the signal and waits for the process to end (SIGKILL as the fallback for a slow SIGTERM). */
  async stop(signal: NodeJS.Signals): Promise<Exit> {
    if (!this.alive) return this.exited;
    this.child.kill(signal);
    if (signal !== 'SIGKILL') {
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
      await this.exited;
      clearTimeout(timer);
    }
    return this.exited;
  }
}

/** A short connection to the database at TEST_DATABASE_URL, from where this spec's database is created and dropped. */
async function withAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000, query_timeout: 30_000 });
  admin.on('error', () => {});
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

async function portIsFree(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) });
    return false;
  } catch {
    return true;
  }
}

interface Call {
  body?: unknown;
  cookie?: string;
  forwardedFor?: string;
}

/** One HTTP request to an instance. Writes carry the Origin the instance expects (its own). */
function call(instance: Instance, method: 'GET' | 'POST' | 'DELETE', urlPath: string, { body, cookie, forwardedFor }: Call = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers.origin = instance.origin;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  return fetch(`${instance.origin}${urlPath}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
}

interface Person {
  email: string;
  userId: string;
  cookie: string;
}

let signUpAddress = 0;

/** A new account through `instance`, each from its own address (sign-ups are limited per address too). */
async function signUp(instance: Instance, role: 'practising' | 'practitioner' = 'practising'): Promise<Person> {
  signUpAddress += 1;
  const email = `multi-${crypto.randomUUID()}@example.com`;
  const response = await call(instance, 'POST', '/api/auth/sign-up/email', {
    body: { name: 'Twee Instanties', email, password, role },
    forwardedFor: `203.0.113.${signUpAddress}`,
  });
  const text = await response.text();
  expect(response.status, `sign-up on ${instance.name}: ${text}`).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0]!)
    .join('; ');
  expect(cookie).toContain('session_token=');
  const { user } = JSON.parse(text) as { user: { id: string } };
  return { email, userId: user.id, cookie };
}

/** Eight minutes of plausible beats (about 700), so the server has real work to do per upload. */
function realisticUpload(seed: number): SessionUpload {
  return makeUpload({
    id: crypto.randomUUID(),
    durationMs: 480_000,
    beats: realisticBeats(seed),
    gaps: [{ startMs: 200_000, endMs: 203_000 }],
    phases: [
      { phase: 'baseline', startMs: 0, endMs: 120_000 },
      { phase: 'breathing', startMs: 120_000, endMs: 360_000 },
      { phase: 'recovery', startMs: 360_000, endMs: 480_000 },
    ],
    pacerCycleStartsMs: Array.from({ length: 24 }, (_, i) => 120_000 + i * 10_000),
  });
}

interface StoredSession {
  id: string;
  beatCount: number;
  createdAt: string;
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

test.describe('two app instances on one PostgreSQL', () => {
  test.skip(!adminUrl, skipReason);

  let databaseName = '';
  let databaseCreated = false;
  let db: pg.Pool | undefined;
  let a: Instance;
  let b: Instance;
  /** No TRUST_PROXY: counts the socket's address, whatever X-Forwarded-For says. */
  let c: Instance;
  const instances: Instance[] = [];

  const rowCount = async (where: string, params: unknown[]) =>
    (await db!.query<{ n: number }>(`select count(*)::int as n from practice_session where ${where}`, params)).rows[0]!.n;

  test.beforeAll(async () => {
    // Three servers starting at once on a busy two-core machine can take a while; an idle one, 2–5 s.
    test.setTimeout(120_000);
    const started = Date.now();
    const ports = [mainPort + 11, mainPort + 12, mainPort + 13];
    for (const port of ports) {
      if (!(await portIsFree(port))) throw new Error(`port ${port} is in use (a server left from an earlier run?); this spec starts its own instances there`);
    }
    databaseName = `herstel_multi_${crypto.randomBytes(5).toString('hex')}`;
    await withAdmin((admin) => admin.query(`create database ${databaseName}`));
    databaseCreated = true;
    const url = new URL(adminUrl!);
    url.pathname = `/${databaseName}`;
    const databaseUrl = url.toString();

    // All three start at once on the empty database: the migration lock lets exactly one migrate.
    a = new Instance('A', ports[0]!, databaseUrl, { TRUST_PROXY: 'true' });
    b = new Instance('B', ports[1]!, databaseUrl, { TRUST_PROXY: 'true' });
    c = new Instance('C', ports[2]!, databaseUrl, {});
    instances.push(a, b, c);
    const deadline = Date.now() + 90_000;
    await Promise.all(instances.map((instance) => instance.waitUntilReady(deadline)));
    db = new pg.Pool({ connectionString: databaseUrl, max: 2, connectionTimeoutMillis: 10_000 });
    db.on('error', () => {}); // an idle connection that fails is replaced; it must not end the worker
    console.log(`multi-instance: A ${a.origin}, B ${b.origin}, C ${c.origin} on database ${databaseName}, ready in ${Date.now() - started} ms`);
  });

  test.afterEach(async () => {
    const testInfo = test.info();
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('instance output', { body: instances.flatMap((instance) => instance.output).join('\n'), contentType: 'text/plain' });
    }
  });

  test.afterAll(async () => {
    try {
      await Promise.all(instances.map((instance) => instance.stop('SIGTERM')));
      await db?.end();
    } finally {
      if (databaseCreated) await withAdmin((admin) => admin.query(`drop database if exists ${databaseName} with (force)`));
    }
  });

  test('a session cookie from one instance is accepted by the other, and a sign-out on one ends it on both', async () => {
    const person = await signUp(a);
    expect((await call(b, 'GET', '/api/sessions')).status).toBe(401);

    const list = await call(b, 'GET', '/api/sessions', { cookie: person.cookie });
    expect(list.status).toBe(200);
    expect(await json(list)).toEqual({ sessions: [], nextCursor: null });
    const session = await call(b, 'GET', '/api/auth/get-session', { cookie: person.cookie });
    expect(session.status).toBe(200);
    expect((await json<{ user: { id: string; email: string } }>(session)).user).toMatchObject({ id: person.userId, email: person.email });

    // A write through B with A's cookie, read back through A.
    const upload = makeUpload({ id: crypto.randomUUID() });
    expect((await call(b, 'POST', '/api/sessions', { body: upload, cookie: person.cookie })).status).toBe(201);
    const readOnA = await call(a, 'GET', `/api/sessions/${upload.id}`, { cookie: person.cookie });
    expect(readOnA.status).toBe(200);
    expect((await json<{ session: { beats: RecordedBeat[] } }>(readOnA)).session.beats).toEqual(upload.beats);

    const signOut = await call(a, 'POST', '/api/auth/sign-out', { cookie: person.cookie, body: {} });
    expect(signOut.status).toBe(200);
    expect((await call(b, 'GET', '/api/sessions', { cookie: person.cookie })).status).toBe(401);
  });

  test('one session id posted to both instances at once is stored once', async () => {
    const person = await signUp(a);
    const rounds = 6;
    const created = { A: 0, B: 0 };
    for (let round = 0; round < rounds; round++) {
      const upload = realisticUpload(round + 1);
      const [onA, onB] = await Promise.all([a, b].map((instance) => call(instance, 'POST', '/api/sessions', { body: upload, cookie: person.cookie })));
      const answers = { A: onA!.status, B: onB!.status };
      // Exactly one of them wrote; the other acknowledges the stored row (a retried upload's answer).
      expect([answers.A, answers.B].sort(), `round ${round}: ${JSON.stringify(answers)}`).toEqual([200, 201]);
      created[answers.A === 201 ? 'A' : 'B'] += 1;
      const [bodyA, bodyB] = await Promise.all([json<{ session: StoredSession }>(onA!), json<{ session: StoredSession }>(onB!)]);
      expect(bodyA.session.id).toBe(upload.id);
      expect(bodyB.session).toEqual(bodyA.session);
      expect(bodyA.session.beatCount).toBe(upload.beats.length);

      for (const instance of [a, b]) {
        const read = await call(instance, 'GET', `/api/sessions/${upload.id}`, { cookie: person.cookie });
        expect(read.status).toBe(200);
        const { session } = await json<{ session: StoredSession & { beats: RecordedBeat[] } }>(read);
        expect(session.createdAt).toBe(bodyA.session.createdAt);
        expect(session.beats).toEqual(upload.beats);
      }
      expect(await rowCount('id = $1', [upload.id])).toBe(1);
    }
    expect(await rowCount('user_id = $1', [person.userId])).toBe(rounds);
    for (const instance of [a, b]) {
      const list = await json<{ sessions: { id: string }[] }>(await call(instance, 'GET', '/api/sessions', { cookie: person.cookie }));
      expect(list.sessions).toHaveLength(rounds);
    }
    console.log(`multi-instance: ${rounds} concurrent pairs, the insert won by A ${created.A}×, by B ${created.B}×`);
  });

  test('the sign-in limit is one count across both instances, per client address (right-most X-Forwarded-For)', async () => {
    const person = await signUp(b);
    const wrong = { email: person.email, password: 'not-the-password-1' };
    const attempt = async (instance: Instance, forwardedFor: string, body: object = wrong) =>
      (await call(instance, 'POST', '/api/auth/sign-in/email', { body, forwardedFor })).status;

    // One client behind the proxy; the entries left of its own are whatever the client sent, and change.
    const statuses: number[] = [];
    for (let i = 0; i < authLimit + 2; i++) statuses.push(await attempt(i % 2 === 0 ? a : b, `10.0.${i}.1, 198.51.100.77`));
    expect(statuses).toEqual([...Array<number>(authLimit).fill(401), 429, 429]);
    // The limit holds for the right password too, and another address is not affected.
    expect(await attempt(a, '198.51.100.77', { email: person.email, password })).toBe(429);
    expect(await attempt(b, '198.51.100.78')).toBe(401);

    // A burst from one new address, split over both instances at once: still exactly the limit gets through.
    // (Another account: this one's own failed sign-in limit, per account, is nearly used up by now.)
    const other = await signUp(a);
    const otherWrong = { email: other.email, password: 'not-the-password-1' };
    const burst = await Promise.all(Array.from({ length: authLimit * 2 + 2 }, (_, i) => attempt(i % 2 === 0 ? a : b, '198.51.100.79', otherWrong)));
    expect(burst.filter((status) => status === 401)).toHaveLength(authLimit);
    expect(burst.filter((status) => status === 429)).toHaveLength(authLimit + 2);
  });

  test('without TRUST_PROXY a rotating X-Forwarded-For does not escape the sign-in limit', async () => {
    const person = await signUp(a);
    const statuses: number[] = [];
    for (let i = 0; i < authLimit + 2; i++) {
      const response = await call(c, 'POST', '/api/auth/sign-in/email', {
        body: { email: person.email, password: 'not-the-password-1' },
        forwardedFor: `198.51.100.${100 + i}`,
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array<number>(authLimit).fill(401), 429, 429]);
  });

  test('the upload limit is one count across both instances', async () => {
    const person = await signUp(b);
    for (let i = 0; i < uploadLimit; i++) {
      const response = await call(i % 2 === 0 ? a : b, 'POST', '/api/sessions', { body: makeUpload({ id: crypto.randomUUID() }), cookie: person.cookie });
      expect(response.status, `upload ${i + 1}`).toBe(201);
    }
    for (const instance of [a, b]) {
      const refused = await call(instance, 'POST', '/api/sessions', { body: makeUpload({ id: crypto.randomUUID() }), cookie: person.cookie });
      expect(refused.status).toBe(429);
      expect((await json<{ error: { code: string } }>(refused)).error.code).toBe('rate-limited');
    }
    expect(await rowCount('user_id = $1', [person.userId])).toBe(uploadLimit);

    // A burst, split over both instances at once: exactly the limit is stored.
    const other = await signUp(a);
    const burst = await Promise.all(
      Array.from({ length: uploadLimit + 6 }, async (_, i) => {
        const response = await call(i % 2 === 0 ? a : b, 'POST', '/api/sessions', { body: makeUpload({ id: crypto.randomUUID() }), cookie: other.cookie });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    expect(burst.filter((status) => status === 201)).toHaveLength(uploadLimit);
    expect(burst.filter((status) => status === 429)).toHaveLength(6);
    expect(await rowCount('user_id = $1', [other.userId])).toBe(uploadLimit);
  });

  test('a session shared live through one instance is followed through the other; ending the link on one ends it on both at once', async () => {
    const practitioner = await signUp(b, 'practitioner');
    const client = await signUp(a);
    const invite = await call(b, 'POST', '/api/invites', { body: {}, cookie: practitioner.cookie });
    expect(invite.status).toBe(201);
    const { code } = await json<{ code: string }>(invite);
    const accepted = await call(a, 'POST', `/api/invites/${code}/accept`, { body: { share: 'from-now' }, cookie: client.cookie });
    expect(accepted.status).toBe(201);
    const { link } = await json<{ link: { id: string } }>(accepted);
    const follow = (instance: Instance) => call(instance, 'GET', `/api/clients/${client.userId}/live`, { cookie: practitioner.cookie });
    expect(await json(await follow(b))).toEqual({ live: null });

    // The browser's batches land on either instance (the proxy picks); the practitioner's polls too.
    const batch = (beats: { tMs: number; rrMs: number }[], phase: string) => ({ sessionId, phase, paused: false, rhythm: { inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0 }, beats });
    const sessionId = crypto.randomUUID();
    expect((await call(a, 'POST', '/api/live', { body: batch([{ tMs: 800, rrMs: 800 }, { tMs: 1650, rrMs: 850 }], 'baseline'), cookie: client.cookie })).status).toBe(204);
    const onB = await json<{ live: { status: string; lastRrMs: number; hrBpm: number; phase: string } }>(await follow(b));
    expect(onB.live).toMatchObject({ status: 'live', lastRrMs: 850, hrBpm: 71, phase: 'baseline' });
    expect((await call(b, 'POST', '/api/live', { body: batch([{ tMs: 2400, rrMs: 750 }], 'breathing'), cookie: client.cookie })).status).toBe(204);
    const onA = await json<{ live: { beats: { rrMs: number }[]; phase: string } }>(await follow(a));
    expect(onA.live.phase).toBe('breathing');
    expect(onA.live.beats.map((beat) => beat.rrMs)).toEqual([800, 850, 750]);
    // Once in the client's log, whichever instances answered the polls.
    const log = (await db!.query<{ n: number }>("select count(*)::int as n from access_log where client_id = $1 and what = 'live'", [client.userId])).rows[0]!.n;
    expect(log).toBe(1);

    expect((await call(a, 'DELETE', `/api/links/${link.id}`, { cookie: client.cookie })).status).toBe(204);
    expect((await follow(b)).status).toBe(404);
    expect((await call(b, 'POST', '/api/live', { body: batch([{ tMs: 3200, rrMs: 800 }], 'breathing'), cookie: client.cookie })).status).toBe(409);
  });

  // Last: it kills A.
  test('a SIGKILL of one instance mid-upload loses no acknowledged session, and the other keeps serving', async () => {
    const person = await signUp(b);
    const killAfter = 6;
    const streams = 4;
    /** A cap, so that this person stays under the upload limit (stream, retries, one more on B). */
    const maxStarted = uploadLimit / 2;
    const started = new Map<string, SessionUpload>();
    const acknowledged = new Map<string, SessionUpload>();
    const unexpected: string[] = [];
    let seed = 100;
    let inFlight = 0;
    let inFlightAtKill = -1;
    let cutOff = 0;
    let killed: Promise<Exit> | undefined;

    // Each stream uploads to A one after the other until A stops answering; the kill comes from the
    // stream whose answer makes `killAfter`, while the other streams' uploads are on their way.
    const stream = async () => {
      while (started.size < maxStarted) {
        const upload = realisticUpload(seed++);
        started.set(upload.id, upload);
        inFlight += 1;
        let status = 0;
        let answered: StoredSession | undefined;
        try {
          const response = await call(a, 'POST', '/api/sessions', { body: upload, cookie: person.cookie });
          status = response.status;
          answered = (await json<{ session?: StoredSession }>(response)).session;
        } catch {
          // Refused or cut off: A is gone, and this upload was not acknowledged.
          inFlight -= 1;
          if (killed) cutOff += 1;
          else unexpected.push(`${upload.id}: request failed before the kill`);
          return;
        }
        inFlight -= 1;
        if ((status === 200 || status === 201) && answered?.id === upload.id) {
          acknowledged.set(upload.id, upload);
        } else {
          unexpected.push(`${upload.id}: ${status}`);
          return;
        }
        if (acknowledged.size >= killAfter && !killed) {
          inFlightAtKill = inFlight;
          killed = a.stop('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: streams }, stream));

    expect(unexpected).toEqual([]);
    expect(killed, 'A was killed').toBeDefined();
    expect((await killed!).signal).toBe('SIGKILL');
    expect(a.isAlive).toBe(false);
    // The kill came while other uploads were on their way to A.
    expect(inFlightAtKill).toBeGreaterThan(0);

    // A killed client's statements may still be running on the server, and an insert among them commits
    // (unanswered) even after the kill. Wait until the server has no connection of A's left: from then
    // on, all that A will ever have written is there.
    const connectionsOfA = async () => (await db!.query('select 1 from pg_stat_activity where application_name = $1', [applicationName('A')])).rowCount;
    const leftAtKill = await connectionsOfA();
    const waitStart = Date.now();
    await expect.poll(connectionsOfA, { timeout: 15_000 }).toBe(0);
    const waitedMs = Date.now() - waitStart;

    // What the database holds: every acknowledged upload, only uploads that were sent, and each of them
    // whole (all its beats, read back through B), whether A answered it or not.
    const rows = (await db!.query<{ id: string; beat_count: number }>('select id, beat_count from practice_session where user_id = $1', [person.userId])).rows;
    const stored = new Map(rows.map((row) => [row.id, row.beat_count]));
    for (const id of acknowledged.keys()) expect(stored.has(id), `acknowledged ${id} is stored`).toBe(true);
    for (const [id, beatCount] of stored) {
      const sent = started.get(id);
      expect(sent, `stored ${id} was sent`).toBeDefined();
      expect(beatCount).toBe(sent!.beats.length);
      const read = await call(b, 'GET', `/api/sessions/${id}`, { cookie: person.cookie });
      expect(read.status, `stored ${id} reads through B`).toBe(200);
      expect((await json<{ session: { beats: RecordedBeat[] } }>(read)).session.beats).toEqual(sent!.beats);
    }
    const storedUnanswered = [...stored.keys()].filter((id) => !acknowledged.has(id)).length;

    // B keeps serving: the client's queue retries the unanswered uploads there, each ends up stored once.
    for (const [id, upload] of started) {
      if (acknowledged.has(id)) continue;
      const retry = await call(b, 'POST', '/api/sessions', { body: upload, cookie: person.cookie });
      expect(retry.status, `retry of ${id}`).toBe(stored.has(id) ? 200 : 201);
    }
    const fresh = realisticUpload(99);
    expect((await call(b, 'POST', '/api/sessions', { body: fresh, cookie: person.cookie })).status).toBe(201);
    const list = await json<{ sessions: { id: string }[] }>(await call(b, 'GET', '/api/sessions', { cookie: person.cookie }));
    expect(new Set(list.sessions.map((s) => s.id))).toEqual(new Set([...started.keys(), fresh.id]));
    expect(await rowCount('user_id = $1', [person.userId])).toBe(started.size + 1);
    console.log(
      `multi-instance: ${started.size} uploads sent to A, ${acknowledged.size} acknowledged, ${inFlightAtKill} in flight at the SIGKILL, ` +
        `${cutOff} failed (A gone), ${storedUnanswered} stored without an answer; A's connections: ${leftAtKill} on the server after the kill, gone after ${waitedMs} ms`,
    );
  });
});
