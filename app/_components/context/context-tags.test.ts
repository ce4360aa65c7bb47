import { describe, expect, it } from 'vitest';
import { addTag, isPresetTag, maxTags, normaliseTag, toggleTag } from './context-tags';

describe('context tags', () => {
  it('trims and lower-cases, refusing empty and over-long tags', () => {
    expect(normaliseTag('  Late Dinner ')).toBe('late dinner');
    expect(normaliseTag('   ')).toBeNull();
    expect(normaliseTag('x'.repeat(33))).toBeNull();
  });
  it('adds once and stops at the limit', () => {
    expect(addTag(['alcohol'], 'ALCOHOL')).toEqual(['alcohol']);
    const full = Array.from({ length: maxTags }, (_, i) => `t${i}`);
    expect(addTag(full, 'one more')).toEqual(full);
  });
  it('toggles presets on and off', () => {
    expect(toggleTag([], 'ill')).toEqual(['ill']);
    expect(toggleTag(['ill', 'alcohol'], 'ill')).toEqual(['alcohol']);
    expect(isPresetTag('ill')).toBe(true);
    expect(isPresetTag('walk')).toBe(false);
  });
});
