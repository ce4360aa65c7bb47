// An embedded PostgreSQL (PGlite, PostgreSQL compiled to WASM) for tests when no server is given:
// the same migrations and queries as the app's node-postgres driver.
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Database, Db } from '@/db/database';
import { joinedTransactions } from '@/db/drivers/joined-transactions';
import { pgMigrationsFolder } from '@/db/drivers/postgres';
import * as schema from '@/db/schema/pg';

export async function openPglite(): Promise<Database & { client: PGlite }> {
  const client = new PGlite();
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: pgMigrationsFolder });
  const joined = joinedTransactions(db as Db);
  return {
    dialect: 'postgres',
    get db() {
      return joined.current();
    },
    t: schema,
    transaction: joined.transaction,
    auth: { db, provider: 'pg', schema },
    client,
    close: () => client.close(),
  };
}
