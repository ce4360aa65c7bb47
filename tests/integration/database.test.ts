import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/db/connection';
import { createTempDatabase } from '../support/temp-database';

describe('embedded database', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it('creates its folder, applies the migrations and turns WAL and foreign keys on', () => {
    const temp = createTempDatabase();
    cleanup = temp.cleanup;
    expect(fs.existsSync(temp.file)).toBe(true);
    expect(temp.db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(temp.db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = temp.db.$client
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .all()
      .map((row) => (row as { name: string }).name);
    expect(tables).toEqual(expect.arrayContaining(['user', 'session', 'account', 'verification', '__drizzle_migrations']));
  });

  it('applies migrations once: a second run changes nothing', () => {
    const temp = createTempDatabase();
    cleanup = temp.cleanup;
    const count = () => (temp.db.$client.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;
    const before = count();
    migrateDatabase(temp.db);
    expect(count()).toBe(before);
    expect(before).toBeGreaterThan(0);
  });

  it('enforces foreign keys: a session for a missing user is refused', () => {
    const temp = createTempDatabase();
    cleanup = temp.cleanup;
    const insert = () =>
      temp.db.$client
        .prepare("insert into session (id, expires_at, token, user_id) values ('s1', 0, 't1', 'nobody')")
        .run();
    expect(insert).toThrow(/FOREIGN KEY/);
  });
});
