// The practitioner part of the demo seed on both databases: a practitioner linked with the demo person
// and two demo clients whose sessions came through the upload path; run twice, it replaces itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Auth } from '@/server/auth/config';
import { listClients } from '@/server/practitioners/clients';
import { listNotes } from '@/server/practitioners/notes';
import { listMyPrescriptions } from '@/server/practitioners/prescriptions';
import { demoClients, demoPractitioner, seedPractitionerDemo } from '@/server/demo/practitioner-demo';
import { startApp, stopApp } from '../support/api-harness';
import { insertSessions, signUpAs, type Person } from '../support/practitioner-fixture';
import { testDialects, type TestDatabase } from '../support/test-databases';
import { uuidOf } from '../support/trend-rows';

describe.each(testDialects)('practitioner demo on %s', (dialect) => {
  let test: TestDatabase;
  let auth: Auth;
  let demo: Person;

  beforeAll(async () => {
    ({ test, auth } = await startApp(dialect, { rateLimitMax: 500, signUpRateLimitMax: 500 }));
    demo = await signUpAs(auth, 'Demo', 'practising');
    await insertSessions(test.database, [{ id: uuidOf(900), userId: demo.id, startedAt: new Date(Date.now() - 86_400_000).toISOString(), localDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), baselineLnRmssd: 3.6, practiceMinutes: 10 }]);
  });
  afterAll(() => stopApp(test));

  it('links a demo practitioner with the demo person and two demo clients, with a practice and a note; a second run replaces it', async () => {
    for (let run = 0; run < 2; run++) {
      const lines = await seedPractitionerDemo(demo.viewer);
      expect(lines.join('\n')).toContain(demoPractitioner.email);
    }
    const practitioners = await test.query<{ id: string; role: string }>('select id, role from "user" where email = ?', [demoPractitioner.email]);
    expect(practitioners).toEqual([{ id: expect.any(String), role: 'practitioner' }]);
    const viewer = { userId: practitioners[0]!.id, role: 'practitioner' as const };
    const { clients } = await listClients(viewer);
    expect(clients.map((c) => c.name).sort()).toEqual(['Demo', ...demoClients.map((c) => c.name)].sort());
    for (const client of clients.filter((c) => c.name !== 'Demo')) {
      expect(client.sessionsThisWeek + (client.lastSessionAt ? 1 : 0)).toBeGreaterThan(0);
      expect(client.trend).not.toBeNull();
    }
    const stored = await test.query<{ n: number | string }>('select count(*) as n from practice_session where engine_version is not null');
    expect(Number(stored[0]?.n)).toBeGreaterThan(30);
    expect((await listMyPrescriptions(demo.viewer)).prescriptions).toEqual([expect.objectContaining({ practitioner: { id: viewer.userId, name: demoPractitioner.name }, timesPerWeek: 5, minutesPerSession: 10 })]);
    expect((await listNotes(demo.viewer, { ownerId: demo.viewer.userId, sessionId: uuidOf(900) })).notes).toHaveLength(1);
  });
});
