// `npm run bench -- sessions`: the session API as a request goes through it, minus the HTTP server —
// the route handlers of app/api/sessions/route.ts called with a Request, on a real database.
//
// post-20min: POST /api/sessions of a 20-minute session: the auth cookie looked up (better-auth, in the
//   database), the upload limit counted, the JSON read and parsed, zod validation, the HRV engine run
//   on the beats, the beats packed, the row inserted, the answer serialised. n = the session's beats,
//   so perBeatUs is the cost per uploaded beat. Every run uploads a new session id (a retry would take
//   the cheaper "already stored" path).
// list-500: GET /api/sessions of a person with 500 stored sessions (the most the list answers), with
//   another person's 500 in the same table so the (user_id, started_at) index has to pick them out.
//   n = 500 sessions, so perBeatUs is the cost per listed session (as ble.* is per packet).
import { setDatabase } from '@/db/client';
import type { Database } from '@/db/database';
import type { Viewer } from '@/db/viewer';
import { sessionUploadSchema } from '@/lib/session/protocol/upload-schema';
import { setAuth } from '@/server/auth';
import { createAuth, type Auth } from '@/server/auth/config';
import { clientAddressHeader } from '@/server/client-address';
import { createSessionHandler, listSessionsHandler } from '@/server/sessions/handlers';
import { deriveColumns } from '@/server/sessions/derive-columns';
import { buildSessionRow } from '@/server/sessions/prepare-upload';
import type { BenchBackend, SessionApiCase } from './catalogue';
import { openBenchDatabase, type BenchDatabase } from './databases';
import type { AsyncBenchmark, AsyncFixture } from './measure-async';
import { twentyMinuteBeats, twentyMinuteUpload } from './session-fixture';

const baseUrl = 'http://localhost:3000';
const sessionsUrl = `${baseUrl}/api/sessions`;
const listedSessions = 500;
const dayMs = 24 * 60 * 60 * 1000;
/** Rows per insert statement while seeding: 31 columns each, far under SQLite's 32,766 parameters. */
const seedBatch = 50;

export interface Person {
  viewer: Viewer;
  cookie: string;
}

/** The database made the app's (db/client) and an auth instance on it (server/auth), as in the tests. */
export async function openApp(backend: BenchBackend): Promise<{ bench: BenchDatabase; auth: Auth; close: () => Promise<void> }> {
  const bench = await openBenchDatabase(backend);
  const auth = createAuth({ database: bench.database, baseUrl, secret: 'herstel-bench-secret-of-at-least-32-chars', rateLimitMax: 1_000 });
  setDatabase(bench.database);
  setAuth(auth);
  return {
    bench,
    auth,
    close: async () => {
      setAuth(undefined);
      setDatabase(undefined);
      await bench.close();
    },
  };
}

/** Signs up through the auth handler as the browser does (Origin and the server-set client address). */
export async function signUp(auth: Auth, email: string, role: Viewer['role'] = 'practising'): Promise<Person> {
  const response = await auth.handler(
    new Request(`${baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl, [clientAddressHeader()]: '10.9.0.1' },
      body: JSON.stringify({ name: email.split('@')[0], email, password: 'correct-horse-battery', role }),
    }),
  );
  if (response.status !== 200) throw new Error(`Sign-up answered ${response.status}: ${await response.text()}`);
  const { user } = (await response.json()) as { user: { id: string } };
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return { viewer: { userId: user.id, role }, cookie };
}

export async function expectStatus(response: Response, status: number): Promise<string> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`Expected ${status}, got ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

/**
 * The timed runs' check: the body read to its end as bytes, which is where the server's work ends (a
 * socket sends bytes). Decoding it to text is the client's work and costs about what the encoding does for a
 * large answer (a trend of two years is some 600 KB), so it is done only to say what a wrong answer was.
 */
export async function expectStatusDrained(response: Response, status: number): Promise<void> {
  const bytes = await response.arrayBuffer();
  if (response.status !== status) throw new Error(`Expected ${status}, got ${response.status}: ${new TextDecoder().decode(bytes).slice(0, 500)}`);
}

function postBenchmark(name: string, backend: BenchBackend): AsyncBenchmark {
  const beats = twentyMinuteBeats();
  return {
    name,
    n: beats.length,
    prepare: async (): Promise<AsyncFixture> => {
      const app = await openApp(backend);
      try {
        const anna = await signUp(app.auth, 'anna@example.com');
        return {
          nextRun: () => {
            const body = JSON.stringify(twentyMinuteUpload(beats));
            const request = new Request(sessionsUrl, { method: 'POST', headers: { 'content-type': 'application/json', origin: new URL(sessionsUrl).origin, cookie: anna.cookie }, body });
            return async () => {
              await expectStatusDrained(await createSessionHandler(request), 201);
            };
          },
          close: app.close,
        };
      } catch (error) {
        await app.close();
        throw error;
      }
    },
  };
}

/**
 * `count` stored sessions of one person, one a day back from the fixture's date: the row the upload
 * path builds (HRV computed once), in multi-row inserts. Untimed; on PGlite it still takes ~15 s for
 * both people, mostly PGlite's own parameter serialisation.
 */
async function seedSessions({ db, t }: Database, person: Person, count: number): Promise<void> {
  const templateUpload = sessionUploadSchema.parse(twentyMinuteUpload(twentyMinuteBeats()));
  const template = buildSessionRow(templateUpload, deriveColumns(templateUpload));
  const latest = template.startedAt.getTime();
  const rows = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: crypto.randomUUID(),
    userId: person.viewer.userId,
    startedAt: new Date(latest - i * dayMs),
    localDate: new Date(latest - i * dayMs).toISOString().slice(0, 10),
    utcOffsetMin: 0,
  }));
  for (let i = 0; i < rows.length; i += seedBatch) await db.insert(t.practiceSession).values(rows.slice(i, i + seedBatch));
}

function listBenchmark(name: string, backend: BenchBackend): AsyncBenchmark {
  return {
    name,
    n: listedSessions,
    prepare: async (): Promise<AsyncFixture> => {
      const app = await openApp(backend);
      try {
        const anna = await signUp(app.auth, 'anna@example.com');
        const bram = await signUp(app.auth, 'bram@example.com');
        await seedSessions(app.bench.database, anna, listedSessions);
        await seedSessions(app.bench.database, bram, listedSessions);
        // A page holds SESSIONS_PAGE_SIZE (100) unless asked for more; 500 is the most it answers.
        const listUrl = `${sessionsUrl}?limit=${listedSessions}`;
        const first = await listSessionsHandler(new Request(listUrl, { headers: { cookie: anna.cookie } }));
        const { sessions } = JSON.parse(await expectStatus(first, 200)) as { sessions: unknown[] };
        if (sessions.length !== listedSessions) throw new Error(`The list has ${sessions.length} sessions, not ${listedSessions}.`);
        return {
          nextRun: () => {
            const request = new Request(listUrl, { headers: { cookie: anna.cookie } });
            return async () => {
              await expectStatusDrained(await listSessionsHandler(request), 200);
            };
          },
          close: app.close,
        };
      } catch (error) {
        await app.close();
        throw error;
      }
    },
  };
}

export function sessionApiBenchmark(name: string, apiCase: SessionApiCase, backend: BenchBackend): AsyncBenchmark {
  return apiCase === 'post-20min' ? postBenchmark(name, backend) : listBenchmark(name, backend);
}
