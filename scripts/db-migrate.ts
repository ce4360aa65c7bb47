// `npm run db:migrate`: apply the committed migrations to the configured database — PostgreSQL when
// DATABASE_URL is set, else the SQLite file at DATABASE_PATH. The server also does this on start.
import { databaseConfigFromEnv, describeDatabase } from '../db/config';
import { openPostgres } from '../db/drivers/postgres';
import { openSqlite } from '../db/drivers/sqlite';

async function main() {
  const config = databaseConfigFromEnv();
  const database = config.dialect === 'postgres' ? await openPostgres(config.url, { max: 1 }) : openSqlite(config.filePath);
  await database.close();
  console.log(`Migrated ${describeDatabase(config)}`);
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
