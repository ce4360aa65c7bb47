import 'server-only';
import { DatabaseStartError } from '@/db/client';
import { AppError } from './app-error';

// SQLite result codes (better-sqlite3 puts them on `code`, extended ones too: SQLITE_IOERR_WRITE, …).
const sqliteStorageCodes = /^SQLITE_(FULL|READONLY|CANTOPEN|IOERR|NOMEM)/;
// PostgreSQL SQLSTATEs: connection exceptions (08…), disk full (53100) and other resource shortages
// (53…), the server shutting down (57P01–57P03), a read-only transaction (25006: a standby or a
// database set read-only).
const postgresStorageCodes = /^(08\d{3}|53\d{3}|57P0[1-3]|25006)$/;
// The network and file system underneath: no server to talk to, or no room or right to write.
const systemStorageCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EDQUOT']);
const connectionMessages = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/** True when the failure is the storage's (full, read-only, unreachable), not a bug in the request. */
export function isStorageFailure(error: unknown): boolean {
  // Drizzle wraps a driver's error ("Failed query: …") with the original as its cause.
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current instanceof DatabaseStartError) return true;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (sqliteStorageCodes.test(code) || postgresStorageCodes.test(code) || systemStorageCodes.has(code))) return true;
    if (connectionMessages.test(current.message)) return true;
  }
  return false;
}

/** The one answer to a storage failure: 503, so clients keep what they have and try again later. */
export function storageUnavailable(): AppError {
  return new AppError(
    503,
    'storage-unavailable',
    'The server cannot reach or write its storage (disk full, read-only, or the database is down); nothing was changed. Please try again later.',
    { retryAfterS: 30 },
  );
}
