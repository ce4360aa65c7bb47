import { describe, expect, it } from 'vitest';
import { parseProtocolQuery } from '@/lib/session/protocol/protocol';
import { practiceHref, queryMatchesPractice } from './practice-link';

const protocol = { inhaleS: 4.5, holdInS: 0, exhaleS: 6.4, holdOutS: 0, baselineS: 60, breathingS: 300, recoveryS: 60 };

describe('practiceHref', () => {
  it('writes every field in seconds, and /breathe reads back the same protocol', () => {
    const href = practiceHref(protocol);
    expect(href).toBe('/breathe?inhale=4.5&holdIn=0&exhale=6.4&holdOut=0&baseline=60&breathing=300&recovery=60');
    const query = Object.fromEntries(new URL(href, 'http://x.invalid').searchParams);
    expect(parseProtocolQuery(query)).toEqual({
      values: { inhaleS: 4.5, holdInS: 0, exhaleS: 6.4, holdOutS: 0, baselineS: 60, breathingS: 300, recoveryS: 60 },
      practice: null,
      invalid: [],
    });
    expect(queryMatchesPractice(query, protocol)).toBe(true);
  });

  it('does not match a query that differs in one field or lacks one', () => {
    const query = Object.fromEntries(new URL(practiceHref(protocol), 'http://x.invalid').searchParams);
    expect(queryMatchesPractice({ ...query, exhale: '6' }, protocol)).toBe(false);
    expect(queryMatchesPractice({ ...query, recovery: undefined }, protocol)).toBe(false);
    expect(queryMatchesPractice({}, protocol)).toBe(false);
  });
});
