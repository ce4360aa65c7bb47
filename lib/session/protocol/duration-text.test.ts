import { describe, expect, it } from 'vitest';
import { formatMinSec, parseMinSec } from './duration-text';

describe('formatMinSec', () => {
  it('writes minutes and two-digit seconds', () => {
    expect(formatMinSec(120)).toBe('2:00');
    expect(formatMinSec(20)).toBe('0:20');
    expect(formatMinSec(750)).toBe('12:30');
    expect(formatMinSec(0)).toBe('0:00');
  });
});

describe('parseMinSec', () => {
  it('reads m:ss', () => {
    expect(parseMinSec('2:00')).toBe(120);
    expect(parseMinSec(' 0:45 ')).toBe(45);
    expect(parseMinSec('10:05')).toBe(605);
  });

  it('reads plain minutes, with a decimal point or a Dutch comma', () => {
    expect(parseMinSec('2')).toBe(120);
    expect(parseMinSec('1.5')).toBe(90);
    expect(parseMinSec('1,5')).toBe(90);
  });

  it('refuses what is not a duration', () => {
    for (const text of ['', 'abc', '1:60', '1:5', '-1', '2:00:00', '1,234']) expect(parseMinSec(text), text).toBeNull();
  });
});
