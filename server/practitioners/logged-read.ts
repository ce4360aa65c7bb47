import 'server-only';
import { getDatabase } from '@/db/client';
import { logAccess, type AccessEntry } from '@/db/queries/access-log';
import type { Viewer } from '@/db/viewer';

/**
 * Runs a practitioner's read of a client's data and writes its access-log rows in one transaction: the
 * read is logged exactly when it returns something, and a read refused (undefined) leaves no row.
 */
export async function readLogged<T>(viewer: Viewer, read: () => Promise<{ value: T; entries: AccessEntry[] } | undefined>, now = new Date()): Promise<T | undefined> {
  const database = await getDatabase();
  return database.transaction(async () => {
    const result = await read();
    if (!result) return undefined;
    await logAccess(viewer, result.entries, now);
    return result.value;
  });
}
