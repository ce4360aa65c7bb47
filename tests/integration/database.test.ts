import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { readableSessions } from '@/db/access';
import { takeRequestLimit } from '@/db/queries/request-limits';
import { testDialects, useTestDatabase, type TestDatabase } from '../support/test-databases';

describe.each(testDialects)('database on %s', (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await useTestDatabase(dialect);
  });
  afterAll(() => test.close());

  it('applies the migrations: every table exists', async () => {
    const rows =
      dialect === 'sqlite'
        ? await test.query<{ name: string }>("select name from sqlite_master where type = 'table'")
        : await test.query<{ name: string }>("select table_name as name from information_schema.tables where table_schema = 'public'");
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['user', 'session', 'account', 'verification', 'rate_limit', 'practice_session', 'session_beats', 'request_limit']),
    );
  });

  it('enforces foreign keys: a session for a missing user is refused', async () => {
    await expect(test.query("insert into session (id, expires_at, token, user_id) values ('s1', ?, 't1', 'nobody')", [dialect === 'sqlite' ? 0 : new Date(0)])).rejects.toThrow(
      /foreign key/i,
    );
  });

  it('counts a request limit atomically per key and window, and says how long to wait', async () => {
    const t0 = 1_000_000;
    // One instant for all four: on a server any of them may land first and start the window.
    const decisions = await Promise.all([0, 1, 2, 3].map(() => takeRequestLimit('anna', 3, 60_000, { nowMs: t0 })));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(3);
    expect(decisions.find((d) => !d.allowed)?.retryAfterS).toBe(60);
    expect((await takeRequestLimit('bram', 3, 60_000, { nowMs: t0 + 10 })).allowed).toBe(true);
    expect((await takeRequestLimit('anna', 3, 60_000, { nowMs: t0 + 30_000 })).retryAfterS).toBe(30);
    // A new window starts once the old one is over.
    expect((await takeRequestLimit('anna', 3, 60_000, { nowMs: t0 + 60_000 })).allowed).toBe(true);
  });
});

describe('embedded database', () => {
  it('turns WAL and foreign keys on', async () => {
    const test = await useTestDatabase('sqlite');
    const pragma = (name: string) => test.query<Record<string, unknown>>(`pragma ${name}`).then((rows) => Object.values(rows[0] ?? {})[0]);
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    await test.close();
  });

  it("finds a session named by its id alone through an index, not by reading everyone's sessions", async () => {
    const test = await useTestDatabase('sqlite');
    const { db, t } = test.database;
    // The look-up a note's address makes (db/queries/notes.ts), for a practitioner: their own or a client's.
    const { sql, params } = db
      .select({ ownerId: t.practiceSession.userId })
      .from(t.practiceSession)
      .where(and(eq(t.practiceSession.id, 'a-session-id'), readableSessions(t, { userId: 'p1', role: 'practitioner' })))
      .toSQL();
    const plan = await test.query<{ detail: string }>(`explain query plan ${sql}`, params);
    const outer = plan.find((row) => /practice_session/.test(row.detail))!.detail;
    expect(outer).toMatch(/USING (COVERING )?INDEX practice_session_id_idx/);
    await test.close();
  });
});
