// `npm run db:rederive` (started by scripts/db-rederive.ts, as seed:demo is): derives the numbers of the
// configured database's sessions stored by an older HRV engine again. `npm start` runs it before serving.
import { getDatabase } from '@/db/client';
import { checkServer } from '@/server/start';
import { HRV_ENGINE_VERSION } from './derive-columns';
import { rederiveStaleSessions } from './rederive';

async function main(): Promise<void> {
  // The server's own start checks first, so `npm start` says what is wrong (DATABASE_PATH, the secret,
  // an unreachable PostgreSQL) in the same words whether this step or the server meets it.
  await checkServer();
  const database = await getDatabase();
  try {
    const report = await rederiveStaleSessions();
    if (report.rederived > 0 || report.skipped > 0) {
      console.log(`Sessions derived again by ${HRV_ENGINE_VERSION}: ${report.rederived}${report.skipped > 0 ? ` (${report.skipped} changed or gone meanwhile, left for the next run)` : ''}.`);
    }
    if (report.newer > 0) console.log(`Sessions derived by a newer engine than ${HRV_ENGINE_VERSION}, left as they are: ${report.newer}.`);
    // Their stored numbers stay; a run after the cause is fixed tries them again.
    for (const { userId, id, reason } of report.failed) console.warn(`⚠ Session ${id} of ${userId} kept its numbers: ${reason}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`✖ Cannot derive the sessions again: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
