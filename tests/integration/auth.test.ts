import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuth, type Auth } from '@/server/auth/config';
import { clientAddressHeader } from '@/server/client-address';
import { testDialects, openTestDatabase, type TestDatabase } from '../support/test-databases';

const baseUrl = 'http://localhost:3999';

describe.each(testDialects)('accounts on %s', (dialect) => {
let auth: Auth;
let test: TestDatabase;

beforeAll(async () => {
  test = await openTestDatabase(dialect);
  auth = createAuth({ database: test.database, baseUrl, secret: 'integration-test-secret-at-least-32-chars', rateLimitMax: 5 });
});
afterAll(() => test.close());
beforeEach(() => test.reset());

let ipCounter = 1;
function post(path: string, body: unknown, init: { ip?: string; cookie?: string } = {}) {
  return auth.handler(
    new Request(`${baseUrl}/api/auth${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: baseUrl,
        [clientAddressHeader()]: init.ip ?? `10.0.0.${ipCounter++}`,
        ...(init.cookie ? { cookie: init.cookie } : {}),
      },
      body: JSON.stringify(body),
    }),
  );
}

const anna = { name: 'Anna', email: 'anna@example.com', password: 'correct-horse-battery' };
const roleOf = async (email: string) => (await test.query<{ role: string }>('select role from "user" where email = ?', [email]))[0]?.role;

  it('signs up with a chosen role, stores a hash (never the password) and sets an HttpOnly SameSite cookie', async () => {
    const response = await post('/sign-up/email', { ...anna, role: 'practitioner' });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await roleOf(anna.email)).toBe('practitioner');
    const [stored] = await test.query<{ password: string }>('select password from account');
    if (!stored) throw new Error('no account row');
    expect(stored.password).not.toContain(anna.password);
    expect(stored.password.length).toBeGreaterThan(40);
  });

  it('defaults to practising and refuses an unknown role', async () => {
    expect((await post('/sign-up/email', anna)).status).toBe(200);
    expect(await roleOf(anna.email)).toBe('practising');
    const refused = await post('/sign-up/email', { ...anna, email: 'eve@example.com', role: 'admin' });
    expect(refused.status).toBe(400);
    expect(await roleOf('eve@example.com')).toBeUndefined();
  });

  it('does not let a signed-in person change their role afterwards', async () => {
    const signUp = await post('/sign-up/email', anna);
    const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const attempt = await post('/update-user', { role: 'practitioner', name: 'Anna B' }, { cookie });
    expect(attempt.status).toBe(400);
    expect(await roleOf(anna.email)).toBe('practising');
    // The same endpoint still works for what may change.
    expect((await post('/update-user', { name: 'Anna B' }, { cookie })).status).toBe(200);
  });

  it('answers email taken, weak password, and one message for unknown email or wrong password', async () => {
    await post('/sign-up/email', anna);
    const taken = await post('/sign-up/email', anna);
    expect(taken.status).toBe(422);
    expect((await taken.json()).code).toMatch(/^USER_ALREADY_EXISTS/);

    const weak = await post('/sign-up/email', { ...anna, email: 'weak@example.com', password: 'short' });
    expect(weak.status).toBe(400);
    expect((await weak.json()).code).toBe('PASSWORD_TOO_SHORT');

    const wrongPassword = await post('/sign-in/email', { email: anna.email, password: 'not-the-password' });
    const unknownEmail = await post('/sign-in/email', { email: 'nobody@example.com', password: 'not-the-password' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect((await wrongPassword.json()).code).toBe('INVALID_EMAIL_OR_PASSWORD');
    expect((await unknownEmail.json()).code).toBe('INVALID_EMAIL_OR_PASSWORD');

    const ok = await post('/sign-in/email', { email: anna.email, password: anna.password });
    expect(ok.status).toBe(200);
  });

  it('rate-limits sign-in attempts per address', async () => {
    await post('/sign-up/email', anna);
    const ip = '203.0.113.7';
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await post('/sign-in/email', { email: anna.email, password: 'guess-number-' + i }, { ip })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    // Even the right password waits out the window from that address; another address is unaffected.
    expect((await post('/sign-in/email', { email: anna.email, password: anna.password }, { ip })).status).toBe(429);
    expect((await post('/sign-in/email', { email: anna.email, password: anna.password }, { ip: '203.0.113.8' })).status).toBe(200);
  });

  it('counts attempts in the database, so a second app instance on it shares the limit', async () => {
    await post('/sign-up/email', anna);
    const second = createAuth({ database: test.database, baseUrl, secret: 'integration-test-secret-at-least-32-chars', rateLimitMax: 5 });
    const ip = '203.0.113.9';
    const attempt = (instance: Auth, i: number) =>
      instance.handler(
        new Request(`${baseUrl}/api/auth/sign-in/email`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: baseUrl, [clientAddressHeader()]: ip },
          body: JSON.stringify({ email: anna.email, password: `guess-${i}` }),
        }),
      );
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt(i % 2 === 0 ? auth : second, i)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const [row] = await test.query<{ n: number | string }>('select count(*) as n from rate_limit');
    expect(Number(row?.n)).toBeGreaterThan(0);
  });

  it('ignores a client-sent X-Forwarded-For: rotating it does not escape the limit', async () => {
    await post('/sign-up/email', anna);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await auth.handler(
        new Request(`${baseUrl}/api/auth/sign-in/email`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: baseUrl, [clientAddressHeader()]: '198.51.100.4', 'x-forwarded-for': `192.0.2.${i}` },
          body: JSON.stringify({ email: anna.email, password: `guess-${i}` }),
        }),
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('refuses a sign-in posted from another origin', async () => {
    await post('/sign-up/email', anna);
    const response = await auth.handler(
      new Request(`${baseUrl}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example', cookie: 'x=1' },
        body: JSON.stringify({ email: anna.email, password: anna.password }),
      }),
    );
    expect(response.status).toBe(403);
  });
});
