import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { guardWrite } from './write-guard';

const app = 'http://localhost:3000';
const request = (method: string, headers: Record<string, string>, url = `${app}/api/sessions`) => new Request(url, { method, headers });
const refusal = (call: () => void) => {
  try {
    call();
    return null;
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.code}` : 'other';
  }
};
const json = { 'content-type': 'application/json', 'content-length': '2' };

describe('guardWrite', () => {
  it('lets reads through whatever their headers', () => {
    expect(refusal(() => guardWrite(request('GET', { origin: 'https://evil.example' }), app))).toBeNull();
  });

  it('accepts a JSON write from the configured origin or its loopback twin, and a bodyless DELETE without a type', () => {
    expect(refusal(() => guardWrite(request('POST', { ...json, origin: app }), app))).toBeNull();
    expect(refusal(() => guardWrite(request('PUT', { ...json, origin: 'http://127.0.0.1:3000' }), app))).toBeNull();
    expect(refusal(() => guardWrite(request('DELETE', { origin: app }), app))).toBeNull();
    expect(refusal(() => guardWrite(request('DELETE', { origin: app, 'content-length': '0' }), app))).toBeNull();
  });

  it('refuses another origin, another port, a missing origin, and a cross-site fetch', () => {
    expect(refusal(() => guardWrite(request('POST', { ...json, origin: 'https://evil.example' }), app))).toBe('403 forbidden-origin');
    expect(refusal(() => guardWrite(request('POST', { ...json, origin: 'http://localhost:3001' }), app))).toBe('403 forbidden-origin');
    expect(refusal(() => guardWrite(request('DELETE', {}), app))).toBe('403 forbidden-origin');
    expect(refusal(() => guardWrite(request('POST', { ...json, 'sec-fetch-site': 'cross-site' }), app))).toBe('403 forbidden-origin');
    expect(refusal(() => guardWrite(request('POST', { ...json, 'sec-fetch-site': 'same-origin' }), app))).toBeNull();
  });

  it('refuses a body that is not JSON, however the type is spelled otherwise', () => {
    expect(refusal(() => guardWrite(request('POST', { origin: app, 'content-type': 'text/plain', 'content-length': '2' }), app))).toBe('415 unsupported-media-type');
    expect(refusal(() => guardWrite(request('POST', { origin: app, 'transfer-encoding': 'chunked' }), app))).toBe('415 unsupported-media-type');
    expect(refusal(() => guardWrite(request('POST', { origin: app, 'content-type': 'Application/JSON; charset=utf-8', 'content-length': '2' }), app))).toBeNull();
  });

  it('takes multipart only where a route says so, and from the app only', () => {
    const multipart = { origin: app, 'content-type': 'multipart/form-data; boundary=x', 'content-length': '20' };
    expect(refusal(() => guardWrite(request('POST', multipart), app))).toBe('415 unsupported-media-type');
    const files = ['multipart/form-data'];
    expect(refusal(() => guardWrite(request('POST', multipart), app, files))).toBeNull();
    expect(refusal(() => guardWrite(request('POST', { ...multipart, origin: 'https://evil.example' }), app, files))).toBe('403 forbidden-origin');
    expect(refusal(() => guardWrite(request('POST', { ...json, origin: app, 'content-length': '2' }), app, files))).toBe('415 unsupported-media-type');
  });

  it("without a configured URL, takes the request's own origin", () => {
    const own = 'https://herstel.example';
    expect(refusal(() => guardWrite(request('POST', { ...json, origin: own }, `${own}/api/sessions`), ''))).toBeNull();
    expect(refusal(() => guardWrite(request('POST', { ...json, origin: app }, `${own}/api/sessions`), ''))).toBe('403 forbidden-origin');
  });
});
