// Upgrading keeps every beat: a database made by an older version (sessions with their beats inline, or
// keyed by id alone) migrates to the current schema with each session's beats and notes kept, byte for byte.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { pgMigrationsFolder } from '@/db/drivers/postgres';
import { openSqlite, sqliteMigrationsFolder } from '@/db/drivers/sqlite';

/** A copy of the committed migrations that stops after `lastTag`, as an older release shipped them. */
function migrationsUpTo(lastTag: string, dir: string, from = sqliteMigrationsFolder): string {
  fs.cpSync(from, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
  if (last < 0) throw new Error(`no migration ${lastTag}`);
  journal.entries = journal.entries.slice(0, last + 1);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

/** An access log as an older release could leave it: one live session logged twice, and a third time later. */
const liveLogRows: [string, string | null, string, string, string | null, number][] = [
  ['a1', 'p1', 'u1', 'live', 's1', 2000],
  ['a2', 'p1', 'u1', 'live', 's1', 1000],
  ['a3', 'p1', 'u1', 'live', 's1', 1000],
  ['a4', 'p1', 'u1', 'live', 's2', 3000],
  ['a5', 'p1', 'u1', 'session', 's1', 1000],
  ['a6', 'p1', 'u1', 'session', 's1', 1000],
  ['a7', null, 'u1', 'live', 's1', 500],
];
/** Of s1's live entries the earliest (a2, before a3 by id at the same moment) stays; everything else too. */
const keptLogIds = ['a2', 'a4', 'a5', 'a6', 'a7'];

describe('SQLite migrations', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('moves the beats of existing sessions to session_beats, byte for byte', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herstel-migrate-'));
    const file = path.join(dir, 'old.db');
    const old = new BetterSqlite3(file);
    migrate(drizzle(old), { migrationsFolder: migrationsUpTo('0002_rate-limits', path.join(dir, 'migrations')) });
    old.prepare("insert into user (id, name, email) values ('u1', 'Anna', 'anna@example.com')").run();
    const beats = Buffer.from(Array.from({ length: 240 }, (_, i) => i % 256));
    old
      .prepare(
        `insert into practice_session (id, user_id, started_at, duration_ms, ended_early, protocol, beat_count, beats, phases, gaps, pauses,
         pacer_cycle_starts_ms, quality_ok, quality_reasons, summary, engine_version)
         values ('s1', 'u1', 0, 60000, 0, '{}', 10, ?, '[]', '[]', '[]', '[]', 1, '[]', '{}', 'herstel-hrv/1')`,
      )
      .run(beats);
    old.close();

    const current = openSqlite(file);
    const moved = current.client.prepare('select session_id, beats from session_beats').all() as { session_id: string; beats: Buffer }[];
    expect(moved).toHaveLength(1);
    expect(moved[0]?.session_id).toBe('s1');
    expect(Buffer.compare(moved[0]!.beats, beats)).toBe(0);
    const columns = (current.client.prepare('pragma table_info(practice_session)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('beats');
    await current.close();
  });

  it('gives existing sessions their UTC day, the ln of an unflagged baseline and their breathing minutes', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herstel-migrate-'));
    const file = path.join(dir, 'old.db');
    const old = new BetterSqlite3(file);
    migrate(drizzle(old), { migrationsFolder: migrationsUpTo('0003_session-beats', path.join(dir, 'migrations')) });
    old.prepare("insert into user (id, name, email) values ('u1', 'Anna', 'anna@example.com')").run();
    const insert = old.prepare(
      `insert into practice_session (id, user_id, started_at, duration_ms, ended_early, protocol, beat_count, phases, gaps, pauses,
       pacer_cycle_starts_ms, baseline_rmssd_ms, quality_ok, quality_reasons, summary, engine_version)
       values (?, 'u1', ?, 600000, 0, '{}', 10, ?, '[]', ?, '[]', ?, 1, ?, '{}', 'herstel-hrv/2')`,
    );
    const phases = JSON.stringify([{ phase: 'baseline', startMs: 0, endMs: 60000 }, { phase: 'breathing', startMs: 60000, endMs: 360000 }, { phase: 'recovery', startMs: 360000, endMs: 420000 }]);
    // 23:30 UTC on 1 Dec: the day is the UTC one, as no zone was known.
    insert.run('s1', Date.parse('2026-12-01T23:30:00Z'), phases, JSON.stringify([{ startMs: 100000, endMs: 130000 }, { startMs: 350000, endMs: 400000 }]), 42, '[]');
    insert.run('s2', Date.parse('2026-12-02T07:00:00Z'), phases, '[]', 30, JSON.stringify(['baseline-flagged', 'baseline:too-short']));
    old.close();

    const current = openSqlite(file);
    const rows = current.client
      .prepare('select id, kind, local_date, utc_offset_min, baseline_ln_rmssd, practice_minutes, tags, note from practice_session order by id')
      .all();
    expect(rows).toEqual([
      // 300 s of breathing, 30 s and 10 s of it paused.
      { id: 's1', kind: 'breathing', local_date: '2026-12-01', utc_offset_min: 0, baseline_ln_rmssd: Math.log(42), practice_minutes: 260 / 60, tags: '[]', note: null },
      { id: 's2', kind: 'breathing', local_date: '2026-12-02', utc_offset_min: 0, baseline_ln_rmssd: null, practice_minutes: 5, tags: '[]', note: null },
    ]);
    expect(current.client.prepare("select time_zone, daily_goal_minutes from user where id = 'u1'").get()).toEqual({ time_zone: null, daily_goal_minutes: 5 });
    await current.close();
  });

  it('keys sessions by owner and id, keeping every session, beat and note, and cascading as before', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herstel-migrate-'));
    const file = path.join(dir, 'old.db');
    const old = new BetterSqlite3(file);
    old.pragma('foreign_keys = ON');
    migrate(drizzle(old), { migrationsFolder: migrationsUpTo('0006_practitioners', path.join(dir, 'migrations')) });
    for (const [id, name] of [['u1', 'Anna'], ['p1', 'Petra']]) old.prepare('insert into user (id, name, email) values (?, ?, ?)').run(id, name, `${id}@example.com`);
    const sessionInsert = `insert into practice_session (id, user_id, local_date, utc_offset_min, started_at, duration_ms, ended_early, protocol, beat_count,
       phases, gaps, pauses, pacer_cycle_starts_ms, quality_ok, quality_reasons, summary, engine_version)
       values (?, ?, '2026-12-01', 60, 0, 60000, 0, '{}', 10, '[]', '[]', '[]', '[]', 1, '[]', '{}', 'herstel-hrv/3')`;
    const insertSession = old.prepare(sessionInsert);
    const beatsOf = (n: number) => Buffer.from(Array.from({ length: 120 }, (_, i) => (i * n) % 256));
    for (const [id, n] of [['s1', 3], ['s2', 5]] as const) {
      insertSession.run(id, 'u1');
      old.prepare('insert into session_beats (session_id, beats) values (?, ?)').run(id, beatsOf(n));
    }
    old.prepare("insert into practitioner_note (id, session_id, author_id, text) values ('n1', 's1', 'p1', 'Calm exhale')").run();
    old.close();

    const current = openSqlite(file);
    const db = current.client;
    expect(db.prepare('select user_id, session_id, beats from session_beats order by session_id').all()).toEqual([
      { user_id: 'u1', session_id: 's1', beats: beatsOf(3) },
      { user_id: 'u1', session_id: 's2', beats: beatsOf(5) },
    ]);
    expect(db.prepare('select id, session_user_id, session_id, author_id, text from practitioner_note').all()).toEqual([
      { id: 'n1', session_user_id: 'u1', session_id: 's1', author_id: 'p1', text: 'Calm exhale' },
    ]);
    expect(db.prepare('pragma foreign_key_check').all()).toEqual([]);
    // The same id is now free for someone else; deleting a session still takes its beats and notes.
    db.prepare(sessionInsert).run('s1', 'p1');
    expect(() => db.prepare("insert into session_beats (user_id, session_id, beats) values ('p1', 's2', x'00')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("delete from practice_session where id = 's1'").run();
    expect(db.prepare('select session_id from session_beats').all()).toEqual([{ session_id: 's2' }]);
    expect(db.prepare('select count(*) as n from practitioner_note').get()).toEqual({ n: 0 });
    await current.close();
  });

  it('keeps the earliest of a live session logged twice (two polls at one instant), and every other entry', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herstel-migrate-'));
    const file = path.join(dir, 'old.db');
    const old = new BetterSqlite3(file);
    migrate(drizzle(old), { migrationsFolder: migrationsUpTo('0009_resonance', path.join(dir, 'migrations')) });
    for (const [id, name] of [['u1', 'Anna'], ['p1', 'Petra']]) old.prepare('insert into user (id, name, email) values (?, ?, ?)').run(id, name, `${id}@example.com`);
    const log = old.prepare('insert into access_log (id, practitioner_id, client_id, what, session_id, at) values (?, ?, ?, ?, ?, ?)');
    for (const row of liveLogRows) log.run(...row);
    old.close();

    const current = openSqlite(file);
    expect(current.client.prepare('select id from access_log order by id').all().map((r) => (r as { id: string }).id)).toEqual(keptLogIds);
    expect(() => current.client.prepare("insert into access_log (id, practitioner_id, client_id, what, session_id, at) values ('a9', 'p1', 'u1', 'live', 's1', 9)").run()).toThrow(/UNIQUE/);
    await current.close();
  });
});

describe('PostgreSQL migrations', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('moves the beats of existing sessions to session_beats, byte for byte', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herstel-migrate-pg-'));
    const client = new PGlite();
    const db = drizzlePglite(client);
    await migratePglite(db, { migrationsFolder: migrationsUpTo('0000_init', path.join(dir, 'old'), pgMigrationsFolder) });
    await client.query(`insert into "user" (id, name, email) values ('u1', 'Anna', 'anna@example.com')`);
    const beats = Buffer.from(Array.from({ length: 240 }, (_, i) => (i * 7) % 256));
    await client.query(
      `insert into practice_session (id, user_id, started_at, duration_ms, ended_early, protocol, beat_count, beats, phases, gaps, pauses,
       pacer_cycle_starts_ms, quality_ok, quality_reasons, summary, engine_version)
       values ('s1', 'u1', now(), 60000, false, '{}', 10, $1, '[]', '[]', '[]', '[]', true, '[]', '{}', 'herstel-hrv/1')`,
      [beats],
    );
    await migratePglite(db, { migrationsFolder: pgMigrationsFolder });
    const moved = await client.query<{ session_id: string; beats: Uint8Array }>('select session_id, beats from session_beats');
    expect(moved.rows).toHaveLength(1);
    expect(moved.rows[0]?.session_id).toBe('s1');
    expect(Buffer.compare(Buffer.from(moved.rows[0]!.beats), beats)).toBe(0);
    const columns = await client.query<{ column_name: string }>("select column_name from information_schema.columns where table_name = 'practice_session'");
    expect(columns.rows.map((c) => c.column_name)).not.toContain('beats');
    await client.close();
  });
  it('gives existing sessions their UTC day, the ln of an unflagged baseline and their breathing minutes', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herstel-migrate-pg-'));
    const client = new PGlite();
    const db = drizzlePglite(client);
    await migratePglite(db, { migrationsFolder: migrationsUpTo('0001_session-beats', path.join(dir, 'old'), pgMigrationsFolder) });
    await client.query(`insert into "user" (id, name, email) values ('u1', 'Anna', 'anna@example.com')`);
    const phases = JSON.stringify([{ phase: 'baseline', startMs: 0, endMs: 60000 }, { phase: 'breathing', startMs: 60000, endMs: 360000 }, { phase: 'recovery', startMs: 360000, endMs: 420000 }]);
    const insert = (id: string, at: string, pauses: string, rmssd: number, reasons: string) =>
      client.query(
        `insert into practice_session (id, user_id, started_at, duration_ms, ended_early, protocol, beat_count, phases, gaps, pauses,
         pacer_cycle_starts_ms, baseline_rmssd_ms, quality_ok, quality_reasons, summary, engine_version)
         values ($1, 'u1', $2, 600000, false, '{}', 10, $3, '[]', $4, '[]', $5, true, $6, '{}', 'herstel-hrv/2')`,
        [id, at, phases, pauses, rmssd, reasons],
      );
    await insert('s1', '2026-12-01T23:30:00Z', JSON.stringify([{ startMs: 100000, endMs: 130000 }, { startMs: 350000, endMs: 400000 }]), 42, '[]');
    await insert('s2', '2026-12-02T07:00:00Z', '[]', 30, JSON.stringify(['baseline-flagged', 'baseline:too-short']));
    await migratePglite(db, { migrationsFolder: pgMigrationsFolder });
    const rows = await client.query('select id, kind, local_date, utc_offset_min, baseline_ln_rmssd, practice_minutes, tags, note from practice_session order by id');
    expect(rows.rows).toEqual([
      { id: 's1', kind: 'breathing', local_date: '2026-12-01', utc_offset_min: 0, baseline_ln_rmssd: expect.closeTo(Math.log(42), 12), practice_minutes: expect.closeTo(260 / 60, 12), tags: [], note: null },
      { id: 's2', kind: 'breathing', local_date: '2026-12-02', utc_offset_min: 0, baseline_ln_rmssd: null, practice_minutes: 5, tags: [], note: null },
    ]);
    const notNull = await client.query<{ column_name: string; is_nullable: string }>(
      "select column_name, is_nullable from information_schema.columns where table_name = 'practice_session' and column_name in ('local_date', 'utc_offset_min') order by column_name",
    );
    expect(notNull.rows).toEqual([{ column_name: 'local_date', is_nullable: 'NO' }, { column_name: 'utc_offset_min', is_nullable: 'NO' }]);
    await client.close();
  });

  it('keys sessions by owner and id, keeping every session, beat and note, and cascading as before', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herstel-migrate-pg-'));
    const client = new PGlite();
    const db = drizzlePglite(client);
    await migratePglite(db, { migrationsFolder: migrationsUpTo('0004_practitioners', path.join(dir, 'old'), pgMigrationsFolder) });
    await client.query(`insert into "user" (id, name, email) values ('u1', 'Anna', 'u1@example.com'), ('p1', 'Petra', 'p1@example.com')`);
    const beatsOf = (n: number) => Buffer.from(Array.from({ length: 120 }, (_, i) => (i * n) % 256));
    const insertSession = (id: string, userId: string) =>
      client.query(
        `insert into practice_session (id, user_id, local_date, utc_offset_min, started_at, duration_ms, ended_early, protocol, beat_count, phases, gaps, pauses,
         pacer_cycle_starts_ms, quality_ok, quality_reasons, summary, engine_version)
         values ($1, $2, '2026-12-01', 60, now(), 60000, false, '{}', 10, '[]', '[]', '[]', '[]', true, '[]', '{}', 'herstel-hrv/3')`,
        [id, userId],
      );
    for (const [id, n] of [['s1', 3], ['s2', 5]] as const) {
      await insertSession(id, 'u1');
      await client.query('insert into session_beats (session_id, beats) values ($1, $2)', [id, beatsOf(n)]);
    }
    await client.query(`insert into practitioner_note (id, session_id, author_id, text) values ('n1', 's1', 'p1', 'Calm exhale')`);
    await migratePglite(db, { migrationsFolder: pgMigrationsFolder });

    const beats = await client.query<{ user_id: string; session_id: string; beats: Uint8Array }>('select user_id, session_id, beats from session_beats order by session_id');
    expect(beats.rows.map((r) => [r.user_id, r.session_id, Buffer.compare(Buffer.from(r.beats), beatsOf(r.session_id === 's1' ? 3 : 5))])).toEqual([
      ['u1', 's1', 0],
      ['u1', 's2', 0],
    ]);
    const notes = await client.query('select id, session_user_id, session_id, author_id, text from practitioner_note');
    expect(notes.rows).toEqual([{ id: 'n1', session_user_id: 'u1', session_id: 's1', author_id: 'p1', text: 'Calm exhale' }]);
    // The same id is now free for someone else; a beat row must name a session of its owner.
    await insertSession('s1', 'p1');
    await expect(client.query(`insert into session_beats (user_id, session_id, beats) values ('p1', 's2', '\\x00')`)).rejects.toThrow(/foreign key/);
    await client.query(`delete from practice_session where id = 's1' and user_id = 'u1'`);
    expect((await client.query('select user_id, session_id from session_beats order by session_id')).rows).toEqual([{ user_id: 'u1', session_id: 's2' }]);
    expect((await client.query('select count(*)::int as n from practitioner_note')).rows).toEqual([{ n: 0 }]);
    await client.close();
  });

  it('keeps the earliest of a live session logged twice (two polls at one instant), and every other entry', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herstel-migrate-pg-'));
    const client = new PGlite();
    const db = drizzlePglite(client);
    await migratePglite(db, { migrationsFolder: migrationsUpTo('0007_resonance', path.join(dir, 'old'), pgMigrationsFolder) });
    await client.query(`insert into "user" (id, name, email) values ('u1', 'Anna', 'u1@example.com'), ('p1', 'Petra', 'p1@example.com')`);
    for (const [id, practitionerId, clientId, what, sessionId, at] of liveLogRows) {
      await client.query('insert into access_log (id, practitioner_id, client_id, what, session_id, at) values ($1, $2, $3, $4, $5, to_timestamp($6 / 1000.0))', [id, practitionerId, clientId, what, sessionId, at]);
    }
    await migratePglite(db, { migrationsFolder: pgMigrationsFolder });

    expect((await client.query<{ id: string }>('select id from access_log order by id')).rows.map((r) => r.id)).toEqual(keptLogIds);
    await expect(client.query(`insert into access_log (id, practitioner_id, client_id, what, session_id) values ('a9', 'p1', 'u1', 'live', 's1')`)).rejects.toThrow(/unique/);
    await client.close();
  });
});
