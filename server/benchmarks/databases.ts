// A database of its own for each benchmark, migrated as the app migrates it, and removed afterwards.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Database } from '@/db/database';
import { openPostgres } from '@/db/drivers/postgres';
import { openSqlite } from '@/db/drivers/sqlite';
import { openPglite } from '@/tests/support/pglite-database';
import { postgresServerUrl, type BenchBackend } from './catalogue';

export interface BenchDatabase {
  database: Database;
  /** Closes the connections and deletes the file or database; safe to call twice. */
  close: () => Promise<void>;
}

const open = new Set<BenchDatabase>();

/** For an interrupted run (Ctrl-C): no temporary database is left behind on the server. */
export async function closeAllBenchDatabases(): Promise<void> {
  await Promise.allSettled([...open].map((bench) => bench.close()));
}

function tracked(database: Database, remove: () => Promise<void>): BenchDatabase {
  let closing: Promise<void> | undefined;
  const bench: BenchDatabase = {
    database,
    close: () => {
      closing ??= (async () => {
        try {
          await database.close();
        } finally {
          await remove();
          open.delete(bench);
        }
      })();
      return closing;
    },
  };
  open.add(bench);
  return bench;
}

async function withAdmin(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function openServerDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `herstel_bench_${crypto.randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const drop = () => withAdmin(adminUrl, `drop database if exists ${name} with (force)`);
  try {
    // The app's own pool (size 10), as one app instance has it.
    return tracked(await openPostgres(url.toString()), drop);
  } catch (error) {
    await drop();
    throw error;
  }
}

export async function openBenchDatabase(backend: BenchBackend): Promise<BenchDatabase> {
  if (backend === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herstel-bench-'));
    const remove = async () => fs.rmSync(dir, { recursive: true, force: true });
    try {
      return tracked(openSqlite(path.join(dir, 'herstel.db')), remove);
    } catch (error) {
      await remove();
      throw error;
    }
  }
  if (backend === 'postgres') {
    const url = postgresServerUrl();
    if (!url) throw new Error('The postgres bench needs BENCH_DATABASE_URL or TEST_DATABASE_URL.');
    return openServerDatabase(url);
  }
  return tracked(await openPglite(), async () => undefined);
}
