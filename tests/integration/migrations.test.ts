// Upgrading keeps every beat: a database made by an older version (sessions with their beats inline)
// migrates to the current schema with each session's beats moved, byte for byte.
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
});
