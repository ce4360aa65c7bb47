import 'server-only';
import { getServerEnv } from '@/server/env';
import { migrateDatabase, openDatabase, type AppDatabase } from './connection';

// Cached on globalThis so development hot reloads do not open new handles.
const holder = globalThis as typeof globalThis & { herstelDb?: AppDatabase };

/** Opened lazily: module top-level work would run during `next build`. Migrations apply on first open. */
export function getDb(): AppDatabase {
  if (!holder.herstelDb) {
    const db = openDatabase(getServerEnv().databasePath);
    migrateDatabase(db);
    holder.herstelDb = db;
  }
  return holder.herstelDb;
}
