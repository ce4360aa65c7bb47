import { describe, expect, it } from 'vitest';
import { isDecodablePath, servedOverHttps } from './transport';

describe('servedOverHttps', () => {
  it('is true for an https app URL, whatever the request says', () => {
    expect(servedOverHttps({ configuredUrl: 'https://herstel.example', forwardedProto: null })).toBe(true);
  });
  it('believes x-forwarded-proto only behind a trusted proxy', () => {
    expect(servedOverHttps({ configuredUrl: 'http://localhost:3000', forwardedProto: 'https' })).toBe(false);
    expect(servedOverHttps({ configuredUrl: undefined, trustProxy: 'false', forwardedProto: 'https' })).toBe(false);
    expect(servedOverHttps({ configuredUrl: undefined, trustProxy: 'true', forwardedProto: 'https' })).toBe(true);
    expect(servedOverHttps({ configuredUrl: undefined, trustProxy: '2', forwardedProto: 'https, http' })).toBe(true);
    expect(servedOverHttps({ configuredUrl: undefined, trustProxy: 'true', forwardedProto: 'http' })).toBe(false);
  });
});

describe('isDecodablePath', () => {
  it('refuses broken percent-escapes and accepts good ones', () => {
    expect(isDecodablePath('/sessions/%')).toBe(false);
    expect(isDecodablePath('/api/sessions/%E0%A4%A')).toBe(false);
    expect(isDecodablePath('/api/sessions/%E0%A4%A8')).toBe(true);
    expect(isDecodablePath('/sessions/abc')).toBe(true);
  });
});
