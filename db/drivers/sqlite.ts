// The embedded database: one better-sqlite3 connection behind drizzle's async (proxy) driver, so the
// queries are the same awaited code as on PostgreSQL. Migrations are applied when it opens.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle as drizzleSync } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle } from 'drizzle-orm/sqlite-proxy';
import * as schema from '../schema/sqlite';
import type { Database, Db, Tables } from '../database';
import { createTransactionGate } from './transaction-gate';

export const sqliteMigrationsFolder = path.join(process.cwd(), 'db', 'migrations', 'sqlite');
const maxCachedStatements = 256;

/**
 * Heart data is health data: the folder we create is the owner's only (0700) and the database file is
 * created 0600 before SQLite opens it — SQLite gives its -wal and -shm files the database file's mode.
 */
function createPrivately(filePath: string): void {
  fs.mkdirSync(path.dirname(filePath), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(filePath, 'a', 0o600));
  for (const file of [filePath, `${filePath}-wal`, `${filePath}-shm`]) {
    try {
      fs.chmodSync(file, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

export function openSqlite(filePath: string): Database & { client: BetterSqlite3.Database } {
  createPrivately(filePath);
  const client = new BetterSqlite3(filePath);
  // WAL lets readers proceed during a session upload; foreign keys are off by default in SQLite.
  client.pragma('journal_mode = WAL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  // A deleted session's beats are overwritten, not left readable in free pages.
  client.pragma('secure_delete = ON');
  migrate(drizzleSync(client), { migrationsFolder: sqliteMigrationsFolder });

  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (text: string): BetterSqlite3.Statement => {
    let statement = statements.get(text);
    if (!statement) {
      if (statements.size >= maxCachedStatements) statements.delete(statements.keys().next().value as string);
      statement = client.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };

  const gate = createTransactionGate();
  const db = drizzle(
    async (text, params, method) => {
      // No await between this check and the statement below (see transaction-gate.ts).
      while (gate.blocked()) await gate.wait();
      const statement = prepare(text);
      if (method === 'run' || !statement.reader) {
        const { changes } = statement.run(...params);
        // Affected rows under the names callers look for (node-postgres: rowCount; better-sqlite3: changes).
        return { rows: [], rowCount: changes, changes };
      }
      statement.raw(true);
      // drizzle's proxy driver expects the single row itself for 'get', an array of rows otherwise.
      return { rows: method === 'get' ? (statement.get(...params) as unknown[]) : (statement.all(...params) as unknown[]) };
    },
    { schema },
  );

  // The queries are typed against the PostgreSQL schema; the SQLite one has the same columns and
  // JavaScript values (db/schema/schemas.test.ts), and the query builders share the methods used.
  const typedDb = db as unknown as Db;
  return {
    dialect: 'sqlite',
    db: typedDb,
    t: schema as unknown as Tables,
    // A transaction inside a transaction joins it (no savepoints are needed so far).
    transaction: (fn) => (gate.inside() ? fn(typedDb) : gate.exclusive(() => db.transaction(() => fn(typedDb), { behavior: 'immediate' }))),
    auth: { db, provider: 'sqlite', schema },
    client,
    close: async () => {
      client.close();
    },
  };
}
