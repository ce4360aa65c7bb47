import { describe, expect, it } from 'vitest';
import { encodeHeartRate, rrMsToRaw } from './encode-heart-rate';
import { parseHeartRate } from './parse-heart-rate';

describe('encodeHeartRate', () => {
  it('writes the bytes a strap sends', () => {
    expect([...encodeHeartRate({ hrBpm: 72, rrRaw: [1024] })]).toEqual([0x10, 72, 0x00, 0x04]);
    expect([...encodeHeartRate({ hrBpm: 72, contact: 'contact' })]).toEqual([0x06, 72]);
    expect([...encodeHeartRate({ hrBpm: 300, energyExpendedKj: 258 })]).toEqual([0x09, 0x2c, 0x01, 0x02, 0x01]);
  });

  it('round-trips through the parser', () => {
    const bytes = encodeHeartRate({ hrBpm: 61, contact: 'no-contact', energyExpendedKj: 40, rrRaw: [1000, 1001] });
    const result = parseHeartRate(bytes);
    expect(result).toMatchObject({
      ok: true,
      measurement: { hrBpm: 61, contact: 'no-contact', energyExpendedKj: 40, rr: [{ raw: 1000 }, { raw: 1001 }] },
    });
  });

  it('converts ms to 1/1024 s units', () => {
    expect(rrMsToRaw(1000)).toBe(1024);
    expect(rrMsToRaw(500)).toBe(512);
  });
});
