// `npm run bench -- trends`: a person with two years of daily morning readings and breathing sessions
// (730 + 730), with another person's two years in the same table so the (user_id, local_date) index has
// to pick them out. n = 1,460 sessions, so perBeatUs is the cost per session in the trend.
//
// api.trends.all-2y: GET /api/trends?days=0 (everything) through the route handler: the cookie looked up
//   (better-auth, in the database), the settings and the trend query, the series in lib/trends, the JSON.
// db.trends.all-2y: the trend query alone, through the data layer (listTrendSessions), as getTrends
//   issues it for everything: no lower bound, up to two days past today in UTC.
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { listTrendSessions } from '@/db/queries/trends';
import { sessionUploadSchema } from '@/lib/session/protocol/upload-schema';
import { addDays, localDayAt } from '@/lib/trends/local-day';
import { deriveColumns } from '@/server/sessions/derive-columns';
import { buildSessionRow } from '@/server/sessions/prepare-upload';
import { getTrendsHandler } from '@/server/trends/handlers';
import type { BenchBackend, TrendsLayer } from './catalogue';
import type { AsyncBenchmark, AsyncFixture } from './measure-async';
import { twentyMinuteBeats, twentyMinuteUpload } from './session-fixture';
import { expectStatus, expectStatusDrained, openApp, signUp, type Person } from './sessions-api';

const days = 730;
const zone = 'Europe/Amsterdam';
const trendsUrl = 'http://localhost:3000/api/trends?days=0';
const seedBatch = 50;

/** Two sessions a day for two years up to today: a morning reading at 07:00 and 10 minutes of breathing at 18:00 UTC. */
async function seedTwoYears({ db, t }: Database, person: Person): Promise<void> {
  const templateUpload = sessionUploadSchema.parse(twentyMinuteUpload(twentyMinuteBeats()));
  const template = buildSessionRow(templateUpload, deriveColumns(templateUpload));
  const today = new Date().toISOString().slice(0, 10);
  const rows = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(today, -i);
    for (const [hour, kind] of [[7, 'morning-reading'], [18, 'breathing']] as const) {
      const startedAt = new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
      const local = localDayAt(startedAt.getTime(), zone);
      rows.push({
        ...template,
        id: crypto.randomUUID(),
        userId: person.viewer.userId,
        kind,
        startedAt,
        localDate: local.localDate,
        utcOffsetMin: local.utcOffsetMin,
        // A flagged morning now and then, so the day's value sometimes comes from the evening session.
        baselineLnRmssd: kind === 'morning-reading' && i % 11 === 3 ? null : 3.6 + 0.25 * Math.sin(i / 9) + (kind === 'breathing' ? 0.1 : 0),
        practiceMinutes: kind === 'breathing' ? 10 : 0,
        tags: i % 7 === 0 ? ['slept-badly'] : [],
        note: i % 10 === 0 ? 'A long day at work' : null,
        checkIn: kind === 'breathing' ? { mood: 1 + (i % 5), energy: 1 + ((i + 2) % 5) } : null,
      });
    }
  }
  for (let i = 0; i < rows.length; i += seedBatch) await db.insert(t.practiceSession).values(rows.slice(i, i + seedBatch));
  await db.update(t.user).set({ timeZone: zone }).where(eq(t.user.id, person.viewer.userId));
}

type Seeded = { app: Awaited<ReturnType<typeof openApp>>; anna: Person };

/** Opens the app on `backend` with the two people seeded, the database as a running one has it. */
async function openSeededApp(backend: BenchBackend): Promise<Seeded> {
  const app = await openApp(backend);
  try {
    const anna = await signUp(app.auth, 'anna@example.com');
    const bram = await signUp(app.auth, 'bram@example.com');
    await seedTwoYears(app.bench.database, anna);
    await seedTwoYears(app.bench.database, bram);
    // A running PostgreSQL has vacuumed and analysed a table after this many inserts (autovacuum): the
    // planner has statistics, the pages are marked all-visible (what an index-only scan needs) and their
    // hint bits are set. Straight after the inserts, the timed reads would do that upkeep or plan without
    // statistics. SQLite keeps no such state.
    if (app.bench.database.dialect === 'postgres') await app.bench.database.db.execute('vacuum analyze');
    return { app, anna };
  } catch (error) {
    await app.close();
    throw error;
  }
}

function expectAllSessions(count: number): void {
  if (count !== days * 2) throw new Error(`The trend has ${count} sessions, not ${days * 2}.`);
}

async function handlerFixture({ app, anna }: Seeded): Promise<AsyncFixture> {
  const first = await getTrendsHandler(new Request(trendsUrl, { headers: { cookie: anna.cookie } }));
  expectAllSessions((JSON.parse(await expectStatus(first, 200)) as { sessions: unknown[] }).sessions.length);
  return {
    nextRun: () => {
      const request = new Request(trendsUrl, { headers: { cookie: anna.cookie } });
      return async () => {
        await expectStatusDrained(await getTrendsHandler(request), 200);
      };
    },
    close: app.close,
  };
}

async function queryFixture({ app, anna }: Seeded): Promise<AsyncFixture> {
  const to = addDays(new Date().toISOString().slice(0, 10), 2);
  const read = () => listTrendSessions(anna.viewer, null, to);
  expectAllSessions((await read()).length);
  return {
    nextRun: () => async () => {
      await read();
    },
    close: app.close,
  };
}

export function trendsBenchmark(name: string, layer: TrendsLayer, backend: BenchBackend): AsyncBenchmark {
  return {
    name,
    n: days * 2,
    prepare: async (): Promise<AsyncFixture> => {
      const seeded = await openSeededApp(backend);
      try {
        return await (layer === 'handler' ? handlerFixture(seeded) : queryFixture(seeded));
      } catch (error) {
        await seeded.app.close();
        throw error;
      }
    },
  };
}
