import 'server-only';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Proves at start that the SQLite data folder takes a write, by writing, flushing and removing a small
 * file: a read-only or full disk otherwise shows only later, as every request failing. The message names
 * DATABASE_PATH, the setting that chooses the folder.
 */
export function checkDataFolderWritable(databaseFile: string): void {
  const dir = path.dirname(databaseFile);
  const probe = path.join(dir, `.write-check-${process.pid}`);
  try {
    const fd = fs.openSync(probe, 'w', 0o600);
    try {
      fs.writeSync(fd, 'herstel write check\n');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new Error(
      `Cannot write to the data folder ${dir} (${code}). Free some space or give the server write access there, ` +
        `or set DATABASE_PATH to a database file in a folder it can write (now DATABASE_PATH=${process.env.DATABASE_PATH ?? '(unset: ./data/herstel.db)'}).`,
      { cause: error },
    );
  } finally {
    try {
      fs.rmSync(probe, { force: true });
    } catch {
      // Nothing was written where nothing can be.
    }
  }
}
