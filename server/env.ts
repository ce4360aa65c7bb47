import 'server-only';
import { databaseConfigFromEnv, type DatabaseConfig } from '@/db/config';
import os from 'node:os';
import path from 'node:path';

/**
 * Server configuration, read once. On SQLite every variable has a default so `npm start` works with no
 * set-up; on PostgreSQL (several instances) the secret must be given, since no instance may invent its
 * own. The README lists them.
 */
export interface ServerEnv {
  database: DatabaseConfig;
  /** Folder for files the server creates itself (the generated auth secret); null on PostgreSQL. */
  dataDir: string | null;
  /** Public origin of the app, used by the auth library for origin checks and links. */
  baseUrl: string;
  /** BETTER_AUTH_SECRET; unset on SQLite means: generate one and keep it in the data folder. */
  authSecret: string | undefined;
  /** Sign-in and sign-up attempts allowed per client address per minute. */
  authRateLimitMax: number;
  /** New accounts allowed per minute from everyone together. */
  signUpRateLimitMax: number;
  /** Sessions per page of the list (SESSIONS_PAGE_SIZE; default 100, at most 500). */
  sessionsPageSize: number;
  /** Session uploads allowed per person per 10 minutes. */
  uploadRateLimitMax: number;
  /** How many reverse proxies in front append to X-Forwarded-For (TRUST_PROXY: false = 0, true = 1, or a count). */
  trustedProxyHops: number;
  /** Worker threads that recompute uploads (HRV_POOL_SIZE; default max(1, cores − 1): one core stays free for requests). */
  hrvPoolSize: number;
  /** Uploads that may wait for a thread (HRV_QUEUE_MAX); beyond that an upload is answered 503 busy. */
  hrvQueueMax: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = Number(raw ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a positive integer, got "${raw}".`);
  return value;
}

function proxyHops(name: string): number {
  const raw = (process.env[name] ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(raw)) return 0;
  if (['true', 'yes', 'on'].includes(raw)) return 1;
  const hops = Number(raw);
  if (Number.isInteger(hops) && hops > 0 && hops <= 10) return hops;
  throw new ConfigError(`${name} must be true, false or the number of proxies in front (1–10), got "${process.env[name]}".`);
}

let cached: ServerEnv | undefined;

export function getServerEnv(): ServerEnv {
  if (cached) return cached;
  const database = databaseConfigFromEnv();
  const authSecret = process.env.BETTER_AUTH_SECRET || undefined;
  if (database.dialect === 'postgres' && !authSecret) {
    throw new ConfigError(
      'BETTER_AUTH_SECRET is required with DATABASE_URL: every app instance must sign sessions with the same secret. Generate one with `openssl rand -base64 32`.',
    );
  }
  if (authSecret !== undefined && authSecret.length < 32) throw new ConfigError('BETTER_AUTH_SECRET must be at least 32 characters.');
  const port = process.env.PORT ?? '3000';
  cached = {
    database,
    dataDir: database.dialect === 'sqlite' ? path.dirname(database.filePath) : null,
    baseUrl: (process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    authSecret,
    authRateLimitMax: positiveInteger('AUTH_RATE_LIMIT_MAX', 10),
    signUpRateLimitMax: positiveInteger('SIGNUP_RATE_LIMIT_MAX', 30),
    uploadRateLimitMax: positiveInteger('UPLOAD_RATE_LIMIT_MAX', 30),
    sessionsPageSize: Math.min(500, positiveInteger('SESSIONS_PAGE_SIZE', 100)),
    trustedProxyHops: proxyHops('TRUST_PROXY'),
    hrvPoolSize: positiveInteger('HRV_POOL_SIZE', Math.max(1, os.availableParallelism() - 1)),
    hrvQueueMax: positiveInteger('HRV_QUEUE_MAX', 16),
  };
  return cached;
}

/** Tests change variables between cases; the next read sees them. */
export function resetServerEnv(): void {
  cached = undefined;
}
