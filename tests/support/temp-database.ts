import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateDatabase, openDatabase, type AppDatabase } from '@/db/connection';

/** A real SQLite file in a fresh temp folder, with the committed migrations applied. */
export function createTempDatabase(): { db: AppDatabase; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herstel-test-'));
  const file = path.join(dir, 'nested', 'herstel.db');
  const db = openDatabase(file);
  migrateDatabase(db);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
