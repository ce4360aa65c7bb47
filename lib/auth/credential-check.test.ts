import { describe, expect, it } from 'vitest';
import { checkCredentials, looksLikeEmail } from './credential-check';

describe('checkCredentials', () => {
  it('names the first missing or malformed field', () => {
    expect(checkCredentials('', 'x')).toBe('emailRequired');
    expect(checkCredentials('sanne', 'x')).toBe('invalidEmail');
    expect(checkCredentials('sanne@example.com', '')).toBe('passwordRequired');
    expect(checkCredentials('sanne@example.com', 'rustig-ademen')).toBeNull();
  });

  it('accepts ordinary addresses and refuses spaces or a missing domain', () => {
    expect(looksLikeEmail('a.b+c@praktijk.nl')).toBe(true);
    expect(looksLikeEmail('a b@praktijk.nl')).toBe(false);
    expect(looksLikeEmail('a@praktijk')).toBe(false);
  });
});
