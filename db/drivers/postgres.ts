// PostgreSQL through node-postgres: a pool per app instance; migrations under an advisory lock, so
// several instances starting at once apply them exactly once.
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from '../schema/pg';
import type { Database, Db } from '../database';
import { joinedTransactions } from './joined-transactions';

export const pgMigrationsFolder = path.join(process.cwd(), 'db', 'migrations', 'pg');
/** Any constant shared by every instance of the app: the key of the migration lock. */
const migrationLockKey = 7_326_041;

export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [migrationLockKey]);
    try {
      await migrate(drizzle(client), { migrationsFolder: pgMigrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [migrationLockKey]);
    }
  } finally {
    client.release();
  }
}

export async function openPostgres(url: string, { max = 10 } = {}): Promise<Database & { pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error('PostgreSQL pool: an idle connection failed:', error.message));
  await migratePostgres(pool);
  const db = drizzle(pool, { schema });
  const joined = joinedTransactions(db as Db);
  return {
    dialect: 'postgres',
    get db() {
      return joined.current();
    },
    t: schema,
    transaction: joined.transaction,
    auth: { db, provider: 'pg', schema },
    pool,
    close: () => pool.end(),
  };
}
