import { describe, expect, it } from 'vitest';
import { messageFiles } from './messages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

const catalogues = {
  en: flatten(Object.fromEntries(Object.entries(messageFiles.en)) as unknown as Tree),
  nl: flatten(Object.fromEntries(Object.entries(messageFiles.nl)) as unknown as Tree),
};

describe('message catalogues', () => {
  it('list the same files in both languages', () => {
    expect(Object.keys(messageFiles.nl).sort()).toEqual(Object.keys(messageFiles.en).sort());
  });

  it('have the same keys in English and Dutch', () => {
    const enKeys = [...catalogues.en.keys()].sort();
    const nlKeys = [...catalogues.nl.keys()].sort();
    expect(enKeys.filter((k) => !catalogues.nl.has(k)), 'keys missing in nl.json').toEqual([]);
    expect(nlKeys.filter((k) => !catalogues.en.has(k)), 'keys missing in en.json').toEqual([]);
  });

  it('have no empty messages and the same placeholders in both languages', () => {
    for (const [key, text] of catalogues.en) {
      const dutch = catalogues.nl.get(key) ?? '';
      expect(text.trim(), `en ${key}`).not.toBe('');
      expect(dutch.trim(), `nl ${key}`).not.toBe('');
      expect(placeholders(dutch), `placeholders of ${key}`).toEqual(placeholders(text));
    }
  });
});
