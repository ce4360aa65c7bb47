// The databases the integration suites run on: SQLite (a temp file) and PostgreSQL — a fresh database on
// the server at TEST_DATABASE_URL when it is set (CI), else an embedded PGlite, so a lone clone covers both.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { setDatabase } from '@/db/client';
import type { Database } from '@/db/database';
import { openPostgres } from '@/db/drivers/postgres';
import { openSqlite } from '@/db/drivers/sqlite';
import { openPglite } from './pglite-database';

export type TestDialect = 'sqlite' | 'postgres';
export const testDialects: TestDialect[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  dialect: TestDialect;
  /** 'sqlite', 'postgres (server)' or 'postgres (PGlite)'. */
  label: string;
  database: Database;
  /** Raw SQL with `?` placeholders, for tests that look under the data layer. */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Empties every table (keeps the schema), so tests in one file start from nothing. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

const tables = ['access_log', 'prescription', 'practitioner_note', 'practitioner_link', 'practitioner_invite', 'session_beats', 'practice_session', 'request_limit', 'rate_limit', 'verification', 'account', 'session', 'user'];
const toDollarParams = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

async function openSqliteTest(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herstel-test-'));
  const database = openSqlite(path.join(dir, 'nested', 'herstel.db'));
  const query = async <Row>(text: string, params: unknown[] = []) => {
    const statement = database.client.prepare(text);
    if (statement.reader) return statement.all(...params) as Row[];
    statement.run(...params);
    return [];
  };
  return {
    dialect: 'sqlite',
    label: 'sqlite',
    database,
    query,
    reset: async () => {
      for (const table of tables) database.client.prepare(`delete from "${table}"`).run();
    },
    close: async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openServerTest(adminUrl: string): Promise<TestDatabase> {
  const name = `herstel_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), { max: 4 });
  return {
    dialect: 'postgres',
    label: 'postgres (server)',
    database,
    query: async <Row>(text: string, params: unknown[] = []) => (await database.pool.query(toDollarParams(text), params)).rows as Row[],
    reset: async () => {
      await database.pool.query(`truncate ${tables.map((t) => `"${t}"`).join(', ')} cascade`);
    },
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      try {
        // An autovacuum worker may be busy in the database the suite just filled; a role that is not a
        // superuser cannot end it, so the drop waits for it to finish rather than fail the suite.
        for (let attempt = 1; ; attempt++) {
          try {
            await cleanup.query(`drop database if exists ${name} with (force)`);
            break;
          } catch (error) {
            if (attempt >= 20 || !/pg_signal_backend|being accessed by other users/.test(String(error))) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
          }
        }
      } finally {
        await cleanup.end();
      }
    },
  };
}

async function openPgliteTest(): Promise<TestDatabase> {
  const database = await openPglite();
  return {
    dialect: 'postgres',
    label: 'postgres (PGlite)',
    database,
    query: async <Row>(text: string, params: unknown[] = []) => (await database.client.query(toDollarParams(text), params)).rows as Row[],
    reset: async () => {
      await database.client.exec(`truncate ${tables.map((t) => `"${t}"`).join(', ')} cascade`);
    },
    close: () => database.close(),
  };
}

export function openTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') return openSqliteTest();
  const url = process.env.TEST_DATABASE_URL;
  return url ? openServerTest(url) : openPgliteTest();
}

/** Opens the database and makes it the app's (db/client), as the server's queries see it. */
export async function useTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  const test = await openTestDatabase(dialect);
  setDatabase(test.database);
  return test;
}
