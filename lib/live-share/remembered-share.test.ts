import { describe, expect, it } from 'vitest';
import { forgetShare, rememberedShare, rememberShare } from './remembered-share';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('remembered live share', () => {
  it('belongs to one session id, and is gone once forgotten', () => {
    const storage = memoryStorage();
    rememberShare(storage, 'a', ['Pieter']);
    expect(rememberedShare(storage, 'a')).toEqual(['Pieter']);
    expect(rememberedShare(storage, 'b')).toBeNull();
    forgetShare(storage, 'a');
    expect(rememberedShare(storage, 'a')).toBeNull();
  });

  it('reads anything malformed as not shared', () => {
    const storage = memoryStorage();
    storage.setItem('herstel-live-share:a', '{"names":1}');
    expect(rememberedShare(storage, 'a')).toBeNull();
    storage.setItem('herstel-live-share:a', 'not json');
    expect(rememberedShare(storage, 'a')).toBeNull();
  });
});
