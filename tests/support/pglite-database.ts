// An embedded PostgreSQL (PGlite, PostgreSQL compiled to WASM) for tests when no server is given:
// the same migrations and queries as the app's node-postgres driver.
import { AsyncLocalStorage } from 'node:async_hooks';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Database, Db } from '@/db/database';
import { pgMigrationsFolder } from '@/db/drivers/postgres';
import * as schema from '@/db/schema/pg';

export async function openPglite(): Promise<Database & { client: PGlite }> {
  const client = new PGlite();
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: pgMigrationsFolder });
  const open = new AsyncLocalStorage<Db>();
  return {
    dialect: 'postgres',
    db: db as Db,
    t: schema,
    // PGlite has one connection and queues a nested transaction behind the open one: join it instead,
    // as the app's drivers do.
    transaction: (fn) => {
      const current = open.getStore();
      return current ? fn(current) : db.transaction((tx) => open.run(tx, () => fn(tx)));
    },
    auth: { db, provider: 'pg', schema },
    client,
    close: () => client.close(),
  };
}
