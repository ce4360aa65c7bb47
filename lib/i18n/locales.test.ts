import { describe, expect, it } from 'vitest';
import { pickLocale } from './locales';

describe('pickLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['nl-BE', 'nl'],
    ['fr-BE,fr;q=0.9,nl;q=0.8,en;q=0.7', 'nl'],
    ['en-GB,en;q=0.9,nl;q=0.8', 'en'],
    ['de-DE', 'en'],
    ['en;q=0.2,nl;q=0.9', 'nl'],
    ['nl;q=0', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(pickLocale(header)).toBe(expected);
  });
});
