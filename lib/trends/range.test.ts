import { describe, expect, it } from 'vitest';
import { parseTrendRange } from './range';

describe('parseTrendRange', () => {
  it('takes the four ranges, defaults to 91 when absent and refuses anything else', () => {
    expect(parseTrendRange(undefined)).toBe(91);
    expect(parseTrendRange(null)).toBe(91);
    expect(parseTrendRange('28')).toBe(28);
    expect(parseTrendRange('365')).toBe(365);
    expect(parseTrendRange('0')).toBe(0);
    for (const refused of ['30', '', ' 28', '028', '28.0', '-0', 'all']) expect(parseTrendRange(refused), refused).toBeNull();
    expect(parseTrendRange(['28'])).toBeNull();
  });
});
