import { describe, expect, it } from 'vitest';
import { BeatsCodecError, decodeBeats, encodeBeats } from './beats-codec';
import type { RecordedBeat } from './record';

describe('beats codec', () => {
  it('round-trips beats exactly, including fractions and missing raw units', () => {
    const beats: RecordedBeat[] = [
      { tMs: 812.3456789, rrMs: 812.3456789, rrRaw: 832 },
      { tMs: 1_650.000000001, rrMs: 837.6543211, rrRaw: null },
      { tMs: 10_800_000, rrMs: 3000, rrRaw: 65535 },
      { tMs: 0, rrMs: 200, rrRaw: 1 },
    ];
    expect(decodeBeats(encodeBeats(beats))).toEqual(beats);
  });

  it('packs 24 bytes a beat after a one-byte header', () => {
    expect(encodeBeats([]).byteLength).toBe(1);
    expect(decodeBeats(encodeBeats([]))).toEqual([]);
    const many = Array.from({ length: 43_200 }, (_, i) => ({ tMs: i * 250, rrMs: 250, rrRaw: 256 }));
    const bytes = encodeBeats(many);
    expect(bytes.byteLength).toBe(1 + 43_200 * 24);
    expect(decodeBeats(bytes)).toEqual(many);
  });

  it('reads a blob that sits at an offset inside a larger buffer (as a Node Buffer often does)', () => {
    const beats = [{ tMs: 1000, rrMs: 1000, rrRaw: 1024 }];
    const packed = encodeBeats(beats);
    const host = new Uint8Array(packed.byteLength + 7);
    host.set(packed, 7);
    expect(decodeBeats(host.subarray(7))).toEqual(beats);
  });

  it('refuses an empty, truncated or unknown-version blob', () => {
    expect(() => decodeBeats(new Uint8Array(0))).toThrow(BeatsCodecError);
    expect(() => decodeBeats(encodeBeats([{ tMs: 1, rrMs: 1, rrRaw: 1 }]).subarray(0, 20))).toThrow(/truncated/);
    expect(() => decodeBeats(Uint8Array.of(9))).toThrow(/version 9/);
  });
});
