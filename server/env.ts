import path from 'node:path';

/**
 * Server configuration, read once. Every variable has a default so `npm start` works with no set-up;
 * the README lists them.
 */
export interface ServerEnv {
  /** SQLite file; its folder is created on start. */
  databasePath: string;
  /** Folder for files the server creates itself (the generated auth secret). */
  dataDir: string;
  /** Public origin of the app, used by the auth library for origin checks and links. */
  baseUrl: string;
  /** Set to have the auth library use it instead of the generated one kept in the data folder. */
  authSecret: string | undefined;
  /** Sign-in and sign-up attempts allowed per client address per minute. */
  authRateLimitMax: number;
}

let cached: ServerEnv | undefined;

export function getServerEnv(): ServerEnv {
  if (cached) return cached;
  const databasePath = path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? './data/herstel.db');
  const port = process.env.PORT ?? '3000';
  const rateLimit = Number(process.env.AUTH_RATE_LIMIT_MAX ?? '10');
  if (!Number.isInteger(rateLimit) || rateLimit < 1) {
    throw new Error(`AUTH_RATE_LIMIT_MAX must be a positive integer, got "${process.env.AUTH_RATE_LIMIT_MAX}"`);
  }
  cached = {
    databasePath,
    dataDir: path.dirname(databasePath),
    baseUrl: (process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    authSecret: process.env.BETTER_AUTH_SECRET || undefined,
    authRateLimitMax: rateLimit,
  };
  return cached;
}
