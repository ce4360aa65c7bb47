import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from './app-error';
import { withErrors } from './with-errors';

const request = new Request('http://localhost/api/sessions', { method: 'POST', headers: { origin: 'http://localhost' } });

describe('withErrors', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers an AppError with its status, code, message and Retry-After', async () => {
    const handler = withErrors(async () => {
      throw new AppError(429, 'rate-limited', 'Too many uploads.', { retryAfterS: 12 });
    });
    const response = await handler(request);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('12');
    expect(await response.json()).toEqual({ error: { code: 'rate-limited', message: 'Too many uploads.' } });
  });

  it('answers an unexpected failure with 500 internal as JSON, logs the detail and never sends it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = withErrors(async () => {
      throw new Error('SQLITE_CORRUPT: database disk image is malformed at /srv/secret/path');
    });
    const response = await handler(request);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    expect(JSON.parse(text).error.code).toBe('internal');
    expect(text).not.toMatch(/SQLITE|secret|at \//);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('POST /api/sessions'), expect.any(Error));
  });

  it('passes a successful answer through untouched', async () => {
    const response = await withErrors(() => new Response('ok', { status: 201 }))(request);
    expect(response.status).toBe(201);
  });
});
