import { describe, expect, it } from 'vitest';
import { validTimeZone } from './time-zone';

describe('time zone from the browser', () => {
  it('accepts IANA zones and refuses anything else', () => {
    expect(validTimeZone('America/New_York')).toBe('America/New_York');
    expect(validTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(validTimeZone('Mars/Olympus')).toBeNull();
    expect(validTimeZone('')).toBeNull();
    expect(validTimeZone(undefined)).toBeNull();
  });
});
