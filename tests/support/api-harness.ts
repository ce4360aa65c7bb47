// The app on a test database, a signed-up person and request helpers for integration suites that drive
// the route handlers.
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { setAuth } from '@/server/auth';
import { createAuth, type Auth } from '@/server/auth/config';
import { clientAddressHeader } from '@/server/client-address';
import { useTestDatabase as openTestDatabase, type TestDatabase, type TestDialect } from './test-databases';

export const baseUrl = 'http://localhost:3999';
export const testSecret = 'integration-test-secret-at-least-32-chars';

export async function signUp(auth: Auth, email: string, ip: string): Promise<string> {
  const response = await auth.handler(
    new Request(`${baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl, [clientAddressHeader()]: ip },
      body: JSON.stringify({ name: email.split('@')[0], email, password: 'correct-horse-battery' }),
    }),
  );
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export function apiRequest(method: string, path: string, init: { cookie?: string; body?: string | unknown; headers?: Record<string, string> } = {}) {
  const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  return new Request(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: baseUrl, ...(init.cookie ? { cookie: init.cookie } : {}), ...init.headers },
    body,
  });
}

export const idContext = (id: string) => ({ params: Promise.resolve({ id }) });

/**
 * A fresh test database with the app's auth on it, installed as the one the route handlers use; `stopApp`
 * undoes both. Limits default to what a suite that signs up a few people needs.
 */
export async function startApp(
  dialect: TestDialect,
  limits: { rateLimitMax?: number; signUpRateLimitMax?: number } = {},
): Promise<{ test: TestDatabase; auth: Auth }> {
  const test = await openTestDatabase(dialect);
  const auth = createAuth({ database: test.database, baseUrl, secret: testSecret, rateLimitMax: 50, ...limits });
  setAuth(auth);
  return { test, auth };
}

export async function stopApp(test: TestDatabase): Promise<void> {
  setAuth(undefined);
  await test.close();
}

/** The app on a fresh database for the suite, with Anna and Bram signed up anew before each test. */
export interface AppWithTwoPeople {
  test: TestDatabase;
  auth: Auth;
  /** Anna's session cookie. */
  anna: string;
  /** Bram's session cookie. */
  bram: string;
}

export function useAppWithAnnaAndBram(dialect: TestDialect): AppWithTwoPeople {
  const app = {} as AppWithTwoPeople;
  beforeAll(async () => {
    Object.assign(app, await startApp(dialect));
  });
  afterAll(() => stopApp(app.test));
  beforeEach(async () => {
    await app.test.reset();
    app.anna = await signUp(app.auth, 'anna@example.com', '10.3.0.1');
    app.bram = await signUp(app.auth, 'bram@example.com', '10.3.0.2');
  });
  return app;
}
