import { followClientLive, shareLiveBatch } from '@/server/live/live-sessions';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyzeRecording } from '@/lib/hrv';
import { generateRr } from '@/lib/hrv/synthetic';
import { parseRrFile } from '@/lib/hrv/formats';
import { csvHeader } from '@/lib/session/export/session-export';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { deleteAccountHandler, exportAccountHandler } from '@/server/account/handlers';
import { type Auth } from '@/server/auth/config';
import { clientAddressHeader } from '@/server/client-address';
import { postPlanFeedHandler, putPlanHandler } from '@/server/plans/handlers';
import { exportSessionHandler } from '@/server/sessions/export';
import { createSessionHandler, listSessionsHandler } from '@/server/sessions/handlers';
import { listAccessLog } from '@/server/practitioners/access-log';
import { getClientSession } from '@/server/practitioners/client-data';
import { listClients } from '@/server/practitioners/clients';
import { addNote } from '@/server/practitioners/notes';
import { setPrescription } from '@/server/practitioners/prescriptions';
import { apiRequest, baseUrl, idContext, signUp, startApp, stopApp } from '../support/api-harness';
import { link, signUpAs } from '../support/practitioner-fixture';
import { testDialects, type TestDatabase } from '../support/test-databases';

const annaSessions = ['0a1b2c3d-0000-4c43-9a4e-2f4b8f0b8a11', '0a1b2c3d-1111-4c43-9a4e-2f4b8f0b8a11'];
const bramSession = 'b0b0b0b0-2222-4c43-9a4e-2f4b8f0b8a11';

describe.each(testDialects)('their data on %s', (dialect) => {
  let test: TestDatabase;
  let auth: Auth;
  let anna: string;
  let bram: string;

  beforeAll(async () => {
    ({ test, auth } = await startApp(dialect));
  });
  afterAll(() => stopApp(test));
  beforeEach(async () => {
    await test.reset();
    anna = await signUp(auth, 'anna@example.com', '10.2.0.1');
    bram = await signUp(auth, 'bram@example.com', '10.2.0.2');
    const beats = continuousBeats(480_000);
    for (const [cookie, id, startedAt] of [
      [anna, annaSessions[0], '2026-01-18T07:12:00.000Z'],
      [anna, annaSessions[1], '2026-01-19T07:30:00.000Z'],
      [bram, bramSession, '2026-01-18T08:00:00.000Z'],
    ] as const) {
      const upload = makeUpload({ id, startedAt, durationMs: 480_000, beats, phases: [{ phase: 'baseline', startMs: 0, endMs: 480_000 }], pacerCycleStartsMs: [] });
      const response = await createSessionHandler(apiRequest('POST', '/api/sessions', { cookie, body: { ...upload, checkIn: { mood: 4 } } }));
      expect(response.status).toBe(201);
    }
    // A practice plan each, with its calendar feed on: the account's data covers them too.
    for (const cookie of [anna, bram]) {
      expect((await putPlanHandler(apiRequest('PUT', '/api/plan', { cookie, body: { weekdays: [1, 4], timeOfDay: '07:15', durationMin: 10 } }))).status).toBe(200);
      expect((await postPlanFeedHandler(apiRequest('POST', '/api/plan/feed', { cookie, body: {} }))).status).toBe(201);
    }
  });

  const exportOf = (cookie: string | undefined, id: string, format: string) => exportSessionHandler(apiRequest('GET', `/api/sessions/${id}/export?format=${format}`, { cookie }), idContext(id));

  describe('one session', () => {
    it('downloads RR text that reads back to the same metrics the server stored', async () => {
      const response = await exportOf(anna, annaSessions[0] as string, 'rr');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="herstel-2026-01-18T07-12-00Z.txt"');
      const parsed = parseRrFile('export.txt', await response.text());
      if (!parsed.ok) throw new Error(parsed.reason);
      const stored = (await test.query<{ baseline_rmssd_ms: number }>('select baseline_rmssd_ms from practice_session where id = ?', [annaSessions[0]]))[0];
      // One baseline phase over the whole recording: the stored baseline RMSSD is the whole file's, corrected.
      expect(analyzeRecording(parsed.rrMs).corrected.rmssdMs).toBeCloseTo(stored?.baseline_rmssd_ms as number, 6);
    });

    it('downloads CSV and JSON with absolute times', async () => {
      const csv = await (await exportOf(anna, annaSessions[0] as string, 'csv')).text();
      const [header, first] = csv.split('\n');
      expect(header).toBe(csvHeader);
      expect(first).toMatch(/^2026-01-18T07:12:0\d\.\d{3}Z,[\d.]+,[\d.]+,baseline,[01]$/);
      const json = (await (await exportOf(anna, annaSessions[0] as string, 'json')).json()) as { session: { id: string; startedAt: string; beats: { at: string }[] } };
      expect(json.session.id).toBe(annaSessions[0]);
      expect(json.session.beats[0]?.at.startsWith('2026-01-18T07:12:0')).toBe(true);
    });

    it('answers 404 for someone else’s session, 400 for an unknown format, 401 signed out', async () => {
      expect((await exportOf(anna, bramSession, 'rr')).status).toBe(404);
      expect((await exportOf(anna, annaSessions[0] as string, 'xlsx')).status).toBe(400);
      expect((await exportOf(undefined, annaSessions[0] as string, 'rr')).status).toBe(401);
    });
  });

  describe('the whole account', () => {
    it('zips the account JSON and a JSON and RR file per session, and nothing of anyone else', async () => {
      const response = await exportAccountHandler(apiRequest('GET', '/api/account/export', { cookie: anna }));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/zip');
      const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
      const names = Object.keys(files).sort();
      expect(names).toEqual(['README.txt', 'account.json', 'sessions/2026-01-18T07-12-00Z-0a1b2c3d.json', 'sessions/2026-01-18T07-12-00Z-0a1b2c3d.txt', 'sessions/2026-01-19T07-30-00Z-0a1b2c3d.json', 'sessions/2026-01-19T07-30-00Z-0a1b2c3d.txt']);
      const account = JSON.parse(strFromU8(files['account.json'] as Uint8Array));
      expect(account.account.email).toBe('anna@example.com');
      expect(account.sessions.map((s: { id: string }) => s.id)).toEqual(annaSessions);
      expect(account.sessions[0].checkIn).toEqual({ mood: 4 });
      expect(account.practicePlan).toMatchObject({ weekdays: [1, 4], timeOfDay: '07:15', durationMin: 10, feedEnabled: true });
      // Not even the hash of the feed's token leaves.
      const hashes = await test.query<{ feed_token_hash: string }>('select feed_token_hash from practice_plan');
      for (const { feed_token_hash } of hashes) expect(JSON.stringify(account)).not.toContain(feed_token_hash);
      const everything = names.map((n) => strFromU8(files[n] as Uint8Array)).join('\n');
      expect(everything).not.toContain('bram');
      expect(everything).not.toContain(bramSession);
      // No secret leaves: neither the password hash nor a session token.
      const tokens = await test.query<{ token: string }>('select token from session');
      for (const { token } of tokens) expect(everything).not.toContain(token);
      expect(everything).not.toMatch(/"password"/);
      const rr = strFromU8(files['sessions/2026-01-18T07-12-00Z-0a1b2c3d.txt'] as Uint8Array).trim().split('\n');
      expect(rr.length).toBe(account.sessions[0].beatCount);
    });

    it('answers 401 signed out', async () => {
      expect((await exportAccountHandler(apiRequest('GET', '/api/account/export'))).status).toBe(401);
    });
  });

  describe('deleting the account', () => {
    const remove = (cookie: string | undefined, confirm: unknown) => deleteAccountHandler(apiRequest('DELETE', '/api/account', { cookie, body: { confirm } }));

    async function annaId(): Promise<string> {
      return (await test.query<{ id: string }>('select id from "user" where email = ?', ['anna@example.com']))[0]?.id as string;
    }

    it('refuses a wrong email (400) and a signed-out request (401), and removes nothing', async () => {
      expect((await remove(anna, 'bram@example.com')).status).toBe(400);
      expect((await remove(undefined, 'anna@example.com')).status).toBe(401);
      expect((await test.query('select id from practice_session')).length).toBe(3);
      expect(await annaId()).toBeTruthy();
    });

    it('leaves no row in any table that names the person or their sessions; the other person keeps everything', async () => {
      const id = await annaId();
      await test.query('insert into verification (id, identifier, value, expires_at) values (?, ?, ?, ?)', ['v-anna', 'anna@example.com', 'reset-code', dialect === 'sqlite' ? Date.now() + 60_000 : new Date(Date.now() + 60_000)]);
      await test.query('insert into verification (id, identifier, value, expires_at) values (?, ?, ?, ?)', ['v-bram', 'bram@example.com', 'reset-code', dialect === 'sqlite' ? Date.now() + 60_000 : new Date(Date.now() + 60_000)]);
      const before = await dumpEveryTable(test);
      expect(before.some((r) => r.text.includes(id))).toBe(true);
      expect(before.some((r) => r.text.includes(annaSessions[0] as string))).toBe(true);
      expect(before.some((r) => r.table === 'request_limit' && r.text.includes(id))).toBe(true);
      expect(before.some((r) => r.table === 'practice_plan' && r.text.includes(id))).toBe(true);

      const response = await remove(anna, ' Anna@Example.com ');
      expect(response.status).toBe(204);
      const cookies = response.headers.getSetCookie();
      expect(cookies.some((c) => /session_token=;.*Max-Age=0/.test(c))).toBe(true);

      const after = await dumpEveryTable(test);
      const naming = after.filter((r) => [id, 'anna@example.com', ...annaSessions].some((needle) => r.text.toLowerCase().includes(needle)));
      expect(naming).toEqual([]);
      expect(after.some((r) => r.text.includes(bramSession))).toBe(true);
      expect(after.filter((r) => r.table === 'practice_plan')).toHaveLength(1);
      expect(after.some((r) => r.table === 'verification' && r.text.includes('bram@example.com'))).toBe(true);

      // Signed out: the old cookie no longer reads anything; the account cannot sign in again.
      expect((await listSessionsHandler(apiRequest('GET', '/api/sessions', { cookie: anna }))).status).toBe(401);
      const signIn = await auth.handler(
        new Request(`${baseUrl}/api/auth/sign-in/email`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: baseUrl, [clientAddressHeader()]: '10.2.0.1' },
          body: JSON.stringify({ email: 'anna@example.com', password: 'correct-horse-battery' }),
        }),
      );
      expect(signIn.status).toBe(401);
      expect((await listSessionsHandler(apiRequest('GET', '/api/sessions', { cookie: bram }))).status).toBe(200);
    });
  });
  describe('with practitioners', () => {
    // Anna (a client) is linked with Pieter, who wrote a note on her session, prescribed a practice and
    // read her data; Pieter is also linked with Bram, and Anna used one of Pieter's invites.
    async function linkedWorld() {
      const annaId = (await test.query<{ id: string }>('select id from "user" where email = ?', ['anna@example.com']))[0]!.id;
      const bramId = (await test.query<{ id: string }>('select id from "user" where email = ?', ['bram@example.com']))[0]!.id;
      const pieter = await signUpAs(auth, 'Pieter', 'practitioner');
      const annaViewer = { userId: annaId, role: 'practising' as const };
      const at = new Date('2026-01-01T00:00:00Z');
      await link(pieter, { id: annaId, cookie: anna, viewer: annaViewer }, 'all', at);
      await link(pieter, { id: bramId, cookie: bram, viewer: { userId: bramId, role: 'practising' } }, 'all', at);
      await setPrescription(pieter.viewer, annaId, { protocol: { inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 60, breathingS: 300, recoveryS: 60 }, timesPerWeek: 5, minutesPerSession: 5 });
      await setPrescription(pieter.viewer, bramId, { protocol: { inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 60, breathingS: 300, recoveryS: 60 }, timesPerWeek: 3, minutesPerSession: 10 });
      await addNote(pieter.viewer, { ownerId: annaId, sessionId: annaSessions[0] as string }, 'Lovely long exhale.');
      await addNote(pieter.viewer, { ownerId: bramId, sessionId: bramSession }, 'Steady.');
      await listClients(pieter.viewer);
      await getClientSession(pieter.viewer, annaId, annaSessions[0] as string);
      // Anna shares a session live and Pieter follows it: a live row and a 'live' access entry.
      await shareLiveBatch(annaViewer, { sessionId: crypto.randomUUID(), phase: 'baseline', paused: false, rhythm: { inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0 }, beats: [{ tMs: 800, rrMs: 800 }] });
      await followClientLive(pieter.viewer, annaId);
      return { annaId, bramId, pieter };
    }
    const remove = (cookie: string, confirm: string) => deleteAccountHandler(apiRequest('DELETE', '/api/account', { cookie, body: { confirm } }));
    const tablesWith = async (needles: string[]) =>
      [...new Set((await dumpEveryTable(test)).filter((r) => needles.some((needle) => r.text.toLowerCase().includes(needle.toLowerCase()))).map((r) => r.table))].sort();

    it('exports the links, notes, prescription and access log of the person', async () => {
      await linkedWorld();
      const files = unzipSync(new Uint8Array(await (await exportAccountHandler(apiRequest('GET', '/api/account/export', { cookie: anna }))).arrayBuffer()));
      const account = JSON.parse(strFromU8(files['account.json'] as Uint8Array));
      expect(account.practitioners.links).toHaveLength(1);
      expect(account.practitioners.notesOnOwnSessions.map((n: { text: string }) => n.text)).toEqual(['Lovely long exhale.']);
      expect(account.practitioners.prescriptions.map((p: { timesPerWeek: number }) => p.timesPerWeek)).toEqual([5]);
      expect(account.practitioners.accessLog.map((a: { what: string }) => a.what).sort()).toEqual(['clients', 'live', 'session']);
      expect(JSON.stringify(account)).not.toContain('Steady.');
      expect(JSON.stringify(account)).not.toContain('code_hash');
    });

    it('a client who leaves takes their links, the notes on their sessions, their prescription and access log along; Bram keeps his', async () => {
      const { annaId, pieter } = await linkedWorld();
      expect(await tablesWith([annaId])).toEqual(['access_log', 'account', 'live_session', 'practice_plan', 'practice_session', 'practitioner_invite', 'practitioner_link', 'practitioner_note', 'request_limit', 'session', 'session_beats', 'user']);
      expect((await remove(anna, 'anna@example.com')).status).toBe(204);
      expect(await tablesWith([annaId, 'anna@example.com', ...annaSessions, 'Lovely long exhale.'])).toEqual([]);
      expect((await test.query('select id from prescription')).length).toBe(1);
      expect((await listClients(pieter.viewer)).clients.map((c) => c.name)).toEqual(['bram']);
      expect((await test.query<{ text: string }>('select text from practitioner_note')).map((n) => n.text)).toEqual(['Steady.']);
    });

    it('a practitioner who leaves ends their links; their notes on clients’ sessions go too, the clients keep their sessions and their access log', async () => {
      const { pieter, annaId } = await linkedWorld();
      expect((await remove(pieter.cookie, 'pieter@example.com')).status).toBe(204);
      expect(await tablesWith([pieter.id, 'pieter@example.com'])).toEqual([]);
      for (const table of ['practitioner_link', 'practitioner_note', 'prescription', 'practitioner_invite']) {
        expect(await test.query(`select * from ${table}`), table).toEqual([]);
      }
      // The clients keep the record that their data was opened, no longer naming who left.
      const log = await test.query<{ practitioner_id: string | null; client_id: string }>('select practitioner_id, client_id from access_log');
      expect(log.length).toBeGreaterThan(0);
      expect(log.every((row) => row.practitioner_id === null)).toBe(true);
      const annaLog = await listAccessLog({ userId: annaId, role: 'practising' });
      expect(annaLog.entries.length).toBeGreaterThan(0);
      expect(annaLog.entries.every((entry) => entry.practitioner === null)).toBe(true);
      expect((await test.query('select id from practice_session')).length).toBe(3);
    });
  });
});

/** Beats without a gap, so one baseline phase over them is exactly the recording an RR file holds. */
function continuousBeats(durationMs: number) {
  let tMs = 0;
  return Array.from(generateRr({ beats: Math.ceil(durationMs / 500), meanHrBpm: 66, seed: 9 }))
    .map((rrMs) => ({ tMs: (tMs += rrMs), rrMs, rrRaw: null }))
    .filter((b) => b.tMs < durationMs);
}

/** Every row of every table the database has (from its catalogue, so a table added later is walked too), as text. */
async function dumpEveryTable(test: TestDatabase): Promise<{ table: string; text: string }[]> {
  const tables =
    test.dialect === 'sqlite'
      ? await test.query<{ name: string }>("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
      : await test.query<{ name: string }>("select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'");
  expect(tables.map((t) => t.name)).toContain('practice_session');
  const rows: { table: string; text: string }[] = [];
  for (const { name } of tables) {
    for (const row of await test.query<Record<string, unknown>>(`select * from "${name}"`)) {
      rows.push({ table: name, text: JSON.stringify(row, (_key, value: unknown) => (value instanceof Uint8Array ? `<${value.byteLength} bytes>` : value)) });
    }
  }
  return rows;
}
