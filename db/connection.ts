// Opening and migrating a database file. No `server-only` here: the migrate script and the tests use it too.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Resolved from the working directory: `next start`, the scripts and the tests all run from the project root. */
export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

export function openDatabase(filePath: string): AppDatabase {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const sqlite = new Database(filePath);
  // WAL lets readers proceed during a session upload; foreign keys are off by default in SQLite.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return drizzle(sqlite, { schema });
}

export function migrateDatabase(db: AppDatabase): void {
  migrate(db, { migrationsFolder });
}
