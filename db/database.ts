// What every query is written against: one query builder, the tables of the dialect in use, and a
// transaction. SQLite (embedded default) and PostgreSQL (DATABASE_URL) both provide it.
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as pgSchema from './schema/pg';

export type Tables = typeof pgSchema;
export type Db = PgDatabase<PgQueryResultHKT, Tables>;
export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  dialect: Dialect;
  db: Db;
  /** The dialect's tables (typed as the PostgreSQL ones, which have the same row types). */
  t: Tables;
  /** Runs `fn` atomically: everything it writes lands, or nothing does. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** What the auth library's drizzle adapter needs: the driver's own drizzle instance and schema. */
  auth: { db: object; provider: 'sqlite' | 'pg'; schema: Record<string, unknown> };
  close(): Promise<void>;
}
