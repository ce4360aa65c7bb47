import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import nl from './messages/nl.json';

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

const catalogues = { en: flatten(en as Tree), nl: flatten(nl as Tree) };

describe('message catalogues', () => {
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
