// Storage failures say so, and the data is private on disk (issue 11, items 5 and 6). SQLite only: the
// files, their modes and the start check are the embedded database's; PostgreSQL's failure codes are
// mapped in server/http/with-errors.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { setAuth } from '@/server/auth';
import { createAuth } from '@/server/auth/config';
import { AuthSecretError, resolveAuthSecret } from '@/server/auth/secret';
import { resetServerEnv } from '@/server/env';
import { createSessionHandler, deleteSessionHandler, listSessionsHandler } from '@/server/sessions/handlers';
import { checkServer } from '@/server/start';
import { apiRequest, baseUrl, idContext, signUp, testSecret, stopApp } from '../support/api-harness';
import { threeHourUpload } from '../support/long-session';
import { useTestDatabase, type TestDatabase } from '../support/test-databases';

let test: TestDatabase;
let anna: string;
const client = () => (test.database as unknown as { client: import('better-sqlite3').Database }).client;
const dbFile = () => client().name;
const mode = (file: string) => fs.statSync(file).mode & 0o777;

beforeAll(async () => {
  test = await useTestDatabase('sqlite');
  const auth = createAuth({ database: test.database, baseUrl, secret: testSecret, rateLimitMax: 50 });
  setAuth(auth);
  anna = await signUp(auth, 'anna@example.com', '10.3.0.1');
});
afterAll(() => stopApp(test));

const upload = (body: unknown) => createSessionHandler(apiRequest('POST', '/api/sessions', { cookie: anna, body }));

describe('private on disk', () => {
  it('creates the folder 0700 and the database, its WAL and SHM 0600', async () => {
    expect((await upload(makeUpload({ id: crypto.randomUUID() }))).status).toBe(201);
    expect(mode(path.dirname(dbFile()))).toBe(0o700);
    for (const file of [dbFile(), `${dbFile()}-wal`, `${dbFile()}-shm`]) expect(mode(file)).toBe(0o600);
  });

  it('overwrites a deleted session (secure_delete): its beats are not left in the file', async () => {
    const marker = 1234.5678901234; // an RR no other test uses, packed as a float64
    const beats = Array.from({ length: 30 }, (_, i) => ({ tMs: (i + 1) * 1000, rrMs: marker, rrRaw: null }));
    const session = makeUpload({ id: crypto.randomUUID(), beats });
    expect((await upload(session)).status).toBe(201);
    const needle = Buffer.alloc(8);
    needle.writeDoubleLE(marker);
    client().pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.readFileSync(dbFile()).includes(needle)).toBe(true);
    const removed = await deleteSessionHandler(apiRequest('DELETE', `/api/sessions/${session.id}`, { cookie: anna }), idContext(session.id));
    expect(removed.status).toBe(204);
    client().pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.readFileSync(dbFile()).includes(needle)).toBe(false);
  });
});

describe('storage failures say so', () => {
  afterEach(() => {
    client().pragma('query_only = OFF');
    vi.restoreAllMocks();
  });

  it('answers 503 storage-unavailable with a message on a read-only database, and reads still work', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    client().pragma('query_only = ON'); // every write now fails with SQLITE_READONLY
    const response = await upload(makeUpload({ id: crypto.randomUUID() }));
    expect(response.status).toBe(503);
    const { error } = await response.json();
    expect(error.code).toBe('storage-unavailable');
    expect(error.message).toMatch(/storage/);
    expect((await listSessionsHandler(apiRequest('GET', '/api/sessions', { cookie: anna }))).status).toBe(200);
  });

  it('answers 503 storage-unavailable on a full disk', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const pages = Number(client().pragma('page_count', { simple: true }));
    client().pragma(`max_page_count = ${pages + 2}`); // the file may not grow: SQLITE_FULL
    try {
      const response = await upload(threeHourUpload());
      expect(response.status).toBe(503);
      expect((await response.json()).error.code).toBe('storage-unavailable');
    } finally {
      client().pragma('max_page_count = 1073741823');
    }
  });
});

describe('the start checks its storage', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herstel-start-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    delete process.env.DATABASE_PATH;
    resetServerEnv();
    vi.restoreAllMocks();
  });

  it('stops with a message naming DATABASE_PATH when the data folder cannot be written', async () => {
    // A file where the folder should be: no folder can be made or written there, even as root.
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    process.env.DATABASE_PATH = path.join(blocker, 'herstel.db');
    resetServerEnv();
    await expect(checkServer()).rejects.toThrow(/DATABASE_PATH/);
  });

  it('stops on an empty or short auth-secret file with a message saying what to do', () => {
    const secretDir = fs.mkdtempSync(path.join(dir, 'secret-'));
    fs.writeFileSync(path.join(secretDir, 'auth-secret'), '');
    expect(() => resolveAuthSecret(undefined, secretDir)).toThrow(AuthSecretError);
    fs.writeFileSync(path.join(secretDir, 'auth-secret'), 'short\n');
    expect(() => resolveAuthSecret(undefined, secretDir)).toThrow(/only 5 characters.*Delete it/);
  });

  it('writes a new secret whole, owner-only, and logs that it did', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const secretDir = path.join(dir, 'fresh');
    const secret = resolveAuthSecret(undefined, secretDir);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    const file = path.join(secretDir, 'auth-secret');
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(secret);
    expect(mode(file)).toBe(0o600);
    expect(fs.readdirSync(secretDir)).toEqual(['auth-secret']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Generated a new auth secret'));
    expect(resolveAuthSecret(undefined, secretDir)).toBe(secret);
  });
});
