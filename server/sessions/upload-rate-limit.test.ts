import { describe, expect, it } from 'vitest';
import { createUploadRateLimit } from './upload-rate-limit';

describe('upload rate limit', () => {
  it('allows max uploads per window per person, then says how long to wait', () => {
    const limit = createUploadRateLimit({ max: 3, windowMs: 60_000 });
    expect([0, 1000, 2000].map((t) => limit.take('anna', t))).toEqual([null, null, null]);
    expect(limit.take('anna', 3000)).toBe(57);
    expect(limit.take('bram', 3000)).toBeNull();
    expect(limit.take('anna', 60_001)).toBeNull();
  });
});
