import 'server-only';
import { databaseConfigFromEnv, describeDatabase, type DatabaseConfig } from './config';
import type { Database } from './database';

// Cached on globalThis so development hot reloads do not open new handles.
const holder = globalThis as typeof globalThis & { herstelDatabase?: Promise<Database> };

export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError';
}

async function open(config: DatabaseConfig): Promise<Database> {
  try {
    if (config.dialect === 'postgres') {
      const { openPostgres } = await import('./drivers/postgres');
      return await openPostgres(config.url);
    }
    const { openSqlite } = await import('./drivers/sqlite');
    return openSqlite(config.filePath);
  } catch (error) {
    const detail = error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code || error.name : String(error);
    throw new DatabaseStartError(`Cannot open or migrate the database (${describeDatabase(config)}): ${detail}`, { cause: error });
  }
}

/** Opened (and migrated) on first use, never at import: `next build` imports the route modules. */
export function getDatabase(): Promise<Database> {
  if (!holder.herstelDatabase) {
    const opening = open(databaseConfigFromEnv());
    // A failed start is not cached: the next request tries again (the database may come up later).
    opening.catch(() => {
      if (holder.herstelDatabase === opening) holder.herstelDatabase = undefined;
    });
    holder.herstelDatabase = opening;
  }
  return holder.herstelDatabase;
}

/** For tests and scripts that bring their own database. */
export function setDatabase(database: Database | undefined): void {
  holder.herstelDatabase = database ? Promise.resolve(database) : undefined;
}
