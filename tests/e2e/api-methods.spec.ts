// Issue 11 item 8: a method an API route does not have answers 405 with an `Allow` header naming those it has.
import { expect, test } from './fixtures';

test('PATCH on /api/sessions is 405 with Allow; OPTIONS lists the same methods', async ({ request, baseURL }) => {
  const patch = await request.fetch('/api/sessions', { method: 'PATCH', headers: { origin: baseURL! } });
  expect(patch.status()).toBe(405);
  expect(patch.headers()['allow']).toBe('GET, HEAD, OPTIONS, POST');
  expect((await patch.json()).error.code).toBe('method-not-allowed');

  const options = await request.fetch('/api/sessions', { method: 'OPTIONS' });
  expect(options.status()).toBe(204);
  expect(options.headers()['allow']).toBe('GET, HEAD, OPTIONS, POST');
});

test('every kind of route answers an unknown method with its own Allow; an unknown address stays 404', async ({ request, baseURL }) => {
  const id = crypto.randomUUID();
  const cases: [string, string, string][] = [
    ['PUT', '/api/imports', 'OPTIONS, POST'],
    ['POST', `/api/sessions/${id}`, 'DELETE, GET, HEAD, OPTIONS'],
    ['DELETE', `/api/sessions/${id}/export`, 'GET, HEAD, OPTIONS'],
    ['GET', `/api/sessions/${id}/check-in`, 'OPTIONS, PUT'],
    ['PATCH', '/api/auth/sign-in/email', 'GET, HEAD, OPTIONS, POST'],
    ['POST', '/api/trends', 'GET, HEAD, OPTIONS'],
  ];
  for (const [method, path, allow] of cases) {
    const response = await request.fetch(path, { method, headers: { origin: baseURL! } });
    expect(response.status(), `${method} ${path}`).toBe(405);
    expect(response.headers()['allow'], `${method} ${path}`).toBe(allow);
  }
  expect((await request.fetch('/api/no-such-thing', { method: 'PATCH', headers: { origin: baseURL! } })).status()).toBe(404);
});
