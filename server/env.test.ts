import { afterEach, describe, expect, it } from 'vitest';
import { getServerEnv, resetServerEnv } from './env';

const saved = { ...process.env };
function withEnv(vars: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetServerEnv();
}

describe('server configuration', () => {
  afterEach(() => {
    process.env = { ...saved };
    resetServerEnv();
  });

  it('runs on SQLite with no set-up, keeping its files beside the database', () => {
    withEnv({ DATABASE_URL: undefined, DATABASE_PATH: '/tmp/herstel-env/h.db', BETTER_AUTH_SECRET: undefined, TRUST_PROXY: undefined });
    const env = getServerEnv();
    expect(env.database).toEqual({ dialect: 'sqlite', filePath: '/tmp/herstel-env/h.db' });
    expect(env.dataDir).toBe('/tmp/herstel-env');
    expect(env.trustedProxyHops).toBe(0);
  });

  it('on PostgreSQL requires the shared secret and writes nothing locally', () => {
    withEnv({ DATABASE_URL: 'postgres://h@db/herstel', BETTER_AUTH_SECRET: undefined });
    expect(() => getServerEnv()).toThrow(/BETTER_AUTH_SECRET is required with DATABASE_URL/);
    withEnv({ BETTER_AUTH_SECRET: 'x'.repeat(32) });
    expect(getServerEnv()).toMatchObject({ database: { dialect: 'postgres' }, dataDir: null });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
    [{ UPLOAD_RATE_LIMIT_MAX: '0' }, /UPLOAD_RATE_LIMIT_MAX must be a positive integer/],
    [{ AUTH_RATE_LIMIT_MAX: 'ten' }, /AUTH_RATE_LIMIT_MAX must be a positive integer/],
    [{ TRUST_PROXY: 'maybe' }, /TRUST_PROXY must be true, false or the number of proxies/],
    [{ BETTER_AUTH_SECRET: 'short' }, /at least 32/],
  ])('refuses %o with a message that says what to fix', (vars, message) => {
    withEnv({ DATABASE_URL: undefined, ...vars });
    expect(() => getServerEnv()).toThrow(message);
  });
});
