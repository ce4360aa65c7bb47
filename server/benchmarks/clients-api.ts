// `npm run bench -- clients`: GET /api/clients (app/api/clients/route.ts) of a practitioner with 100
// clients, each with a year of sessions (one a day, 36,500 in the table), minus the HTTP server: the auth
// cookie looked up, the links with names and prescriptions, each client's latest readable session and
// shift, the last two weeks of sessions for the trend direction and this week's practice, the 100
// access-log rows written in the same transaction, the answer serialised. n = 100 clients, so
// perBeatUs is the cost per listed client.
import type { Database } from '@/db/database';
import { sessionUploadSchema } from '@/lib/session/protocol/upload-schema';
import { listClientsHandler } from '@/server/practitioners/client-handlers';
import { deriveColumns } from '@/server/sessions/derive-columns';
import { buildSessionRow } from '@/server/sessions/prepare-upload';
import type { BenchBackend } from './catalogue';
import type { AsyncBenchmark, AsyncFixture } from './measure-async';
import { twentyMinuteBeats, twentyMinuteUpload } from './session-fixture';
import { expectStatus, expectStatusDrained, openApp, signUp } from './sessions-api';

const clientCount = 100;
const daysOfSessions = 365;
const dayMs = 24 * 60 * 60 * 1000;
/** Rows per insert statement: far under SQLite's 32,766 parameters at ~40 columns. */
const seedBatch = 100;

/** 100 clients linked (sharing everything) with the practitioner, each with a year of daily sessions ending today. */
async function seedClients({ db, t }: Database, practitionerId: string, now: Date): Promise<void> {
  const templateUpload = sessionUploadSchema.parse(twentyMinuteUpload(twentyMinuteBeats()));
  const template = buildSessionRow(templateUpload, deriveColumns(templateUpload));
  const acceptedAt = new Date(now.getTime() - 2 * daysOfSessions * dayMs);
  const clients = Array.from({ length: clientCount }, (_, i) => ({ id: `bench-client-${i}`, name: `Client ${i}`, email: `client-${i}@example.com`, timeZone: 'Europe/Amsterdam' }));
  await db.insert(t.user).values(clients);
  const links = clients.map((c) => ({ id: crypto.randomUUID(), practitionerId, clientId: c.id, share: 'all' as const, acceptedAt }));
  await db.insert(t.practitionerLink).values(links);
  const protocol = template.protocol;
  await db.insert(t.prescription).values(links.map((l) => ({ id: crypto.randomUUID(), linkId: l.id, protocol, timesPerWeek: 7, minutesPerSession: 10 })));
  for (const [ci, client] of clients.entries()) {
    const rows = Array.from({ length: daysOfSessions }, (_, d) => {
      const startedAt = new Date(now.getTime() - d * dayMs - 3_600_000);
      const lnRmssd = 3.5 + 0.3 * Math.sin((d + ci) / 9);
      return {
        ...template,
        id: crypto.randomUUID(),
        userId: client.id,
        startedAt,
        localDate: startedAt.toISOString().slice(0, 10),
        utcOffsetMin: 60,
        baselineLnRmssd: lnRmssd,
        baselineRmssdMs: Math.exp(lnRmssd),
        shiftLnRmssd: 0.1 + 0.05 * Math.cos(d / 5),
      };
    });
    for (let i = 0; i < rows.length; i += seedBatch) await db.insert(t.practiceSession).values(rows.slice(i, i + seedBatch));
  }
}

export function clientsApiBenchmark(name: string, backend: BenchBackend): AsyncBenchmark {
  const url = 'http://localhost:3000/api/clients';
  return {
    name,
    n: clientCount,
    prepare: async (): Promise<AsyncFixture> => {
      const app = await openApp(backend);
      try {
        const pieter = await signUp(app.auth, 'pieter@example.com', 'practitioner');
        await seedClients(app.bench.database, pieter.viewer.userId, new Date());
        const first = await listClientsHandler(new Request(url, { headers: { cookie: pieter.cookie } }));
        const { clients } = JSON.parse(await expectStatus(first, 200)) as { clients: { trend: string | null; sessionsThisWeek: number }[] };
        if (clients.length !== clientCount) throw new Error(`The list has ${clients.length} clients, not ${clientCount}.`);
        if (clients.some((c) => c.trend === null || c.sessionsThisWeek === 0)) throw new Error('Every client should have a trend and sessions this week.');
        return {
          nextRun: () => {
            const request = new Request(url, { headers: { cookie: pieter.cookie } });
            return async () => {
              await expectStatusDrained(await listClientsHandler(request), 200);
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
