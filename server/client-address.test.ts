import { describe, expect, it } from 'vitest';
import { resolveClientAddress } from './client-address';

describe('resolveClientAddress', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted: a client cannot choose its address', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', false)).toBe('198.51.100.1');
    expect(resolveClientAddress(undefined, '198.51.100.1', false)).toBe('198.51.100.1');
  });

  it('behind a trusted proxy takes the address the proxy appended (the last), not what the client wrote', () => {
    expect(resolveClientAddress('1.2.3.4, 203.0.113.9', '10.0.0.2', true)).toBe('203.0.113.9');
    expect(resolveClientAddress(['1.2.3.4', '203.0.113.9'], '10.0.0.2', true)).toBe('203.0.113.9');
    expect(resolveClientAddress(undefined, '10.0.0.2', true)).toBe('10.0.0.2');
  });
});
