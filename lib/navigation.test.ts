import { describe, expect, it } from 'vitest';
import { getNavItems } from './navigation';

const keys = (role: string | null) => getNavItems(role).map((item) => item.key);

describe('getNavItems', () => {
  it('shows Clients to practitioners only', () => {
    expect(keys('practitioner')).toEqual(['breathe', 'sessions', 'trends', 'clients', 'settings']);
    expect(keys('practising')).toEqual(['breathe', 'sessions', 'trends', 'settings']);
    expect(keys(null)).toEqual(['breathe']);
  });
});
