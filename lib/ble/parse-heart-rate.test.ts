import { describe, expect, it } from 'vitest';
import { createPacketStats } from './packet-stats';
import { parseHeartRate, type ParseRejectReason, type SensorContact } from './parse-heart-rate';

// Bytes are built by hand here, independently of encode-heart-rate, so the parser is not tested
// against its own inverse.
const CONTACT_BITS: Record<SensorContact, number> = { unsupported: 0b000, 'no-contact': 0b100, contact: 0b110 };

function packet(opts: { uint16: boolean; contact: SensorContact; energy: number | null; rr: number[] | null }): number[] {
  const flags = (opts.uint16 ? 0x01 : 0) | CONTACT_BITS[opts.contact] | (opts.energy === null ? 0 : 0x08) | (opts.rr ? 0x10 : 0);
  const hr = opts.uint16 ? [0x2c, 0x01] : [72]; // 300 bpm as uint16, 72 as uint8
  const energy = opts.energy === null ? [] : [opts.energy & 0xff, opts.energy >> 8];
  const rr = (opts.rr ?? []).flatMap((raw) => [raw & 0xff, raw >> 8]);
  return [flags, ...hr, ...energy, ...rr];
}

const RR_CASES: Array<[string, number[] | null]> = [
  ['no RR flag', null],
  ['RR flag, 0 values', []],
  ['1 RR', [1024]],
  ['3 RR', [800, 1024, 1100]],
  ['7 RR', [700, 710, 720, 730, 740, 750, 760]],
];

const combos = [false, true].flatMap((uint16) =>
  (['unsupported', 'no-contact', 'contact'] as const).flatMap((contact) =>
    [null, 0x1234].flatMap((energy) => RR_CASES.map(([rrLabel, rr]) => ({ uint16, contact, energy, rrLabel, rr }))),
  ),
);

describe('parseHeartRate: every flag combination', () => {
  it.each(combos)('uint16=$uint16 contact=$contact energy=$energy $rrLabel', ({ uint16, contact, energy, rr }) => {
    const bytes = packet({ uint16, contact, energy, rr });
    const result = parseHeartRate(new Uint8Array(bytes));
    if (!result.ok) throw new Error(`rejected: ${result.detail}`);
    const m = result.measurement;
    expect(m.hrBpm).toBe(uint16 ? 300 : 72);
    expect(m.contact).toBe(contact);
    expect(m.energyExpendedKj).toBe(energy === null ? undefined : 0x1234);
    expect('energyExpendedKj' in m).toBe(energy !== null);
    expect(m.rr.map((r) => r.raw)).toEqual(rr ?? []);
    expect(m.rr.map((r) => r.ms)).toEqual((rr ?? []).map((raw) => (raw * 1000) / 1024));
    expect(m.flags).toEqual({
      raw: bytes[0],
      hrUint16: uint16,
      contactSupported: contact !== 'unsupported',
      contactDetected: contact === 'contact',
      energyExpendedPresent: energy !== null,
      rrPresent: rr !== null,
    });
  });
});

describe('parseHeartRate: known packets', () => {
  it('reads the example from the emulation notes: HR 72, one RR of 1 s', () => {
    const result = parseHeartRate(new Uint8Array([0x10, 72, 0x00, 0x04]));
    expect(result).toMatchObject({ ok: true, measurement: { hrBpm: 72, contact: 'unsupported', rr: [{ raw: 1024, ms: 1000 }] } });
  });

  it('reads a full 20-byte packet: flags + uint8 HR + 9 RR', () => {
    const rr = [600, 610, 620, 630, 640, 650, 660, 670, 680];
    const bytes = packet({ uint16: false, contact: 'contact', energy: null, rr });
    expect(bytes).toHaveLength(20);
    const result = parseHeartRate(new Uint8Array(bytes));
    expect(result.ok && result.measurement.rr.map((r) => r.raw)).toEqual(rr);
  });

  it('keeps RR lossless: raw survives where ms has a fraction', () => {
    const result = parseHeartRate(new Uint8Array([0x10, 60, 0x01, 0x04])); // 1025/1024 s
    expect(result.ok && result.measurement.rr[0]).toEqual({ raw: 1025, ms: 1000.9765625 });
  });

  it('reads uint16 RR little-endian up to 0xFFFF', () => {
    const result = parseHeartRate(new Uint8Array([0x10, 40, 0xff, 0xff]));
    expect(result.ok && result.measurement.rr[0]?.raw).toBe(0xffff);
  });

  it('accepts a DataView into a larger buffer at an offset', () => {
    const buffer = new Uint8Array([0xaa, 0xbb, 0x16, 65, 0x00, 0x04, 0xcc]).buffer;
    const result = parseHeartRate(new DataView(buffer, 2, 4));
    expect(result).toMatchObject({ ok: true, measurement: { hrBpm: 65, contact: 'contact', rr: [{ raw: 1024 }] } });
  });

  it('ignores reserved flag bits and trailing bytes when no RR is declared', () => {
    const result = parseHeartRate(new Uint8Array([0xe6, 70, 0x01, 0x02]));
    expect(result).toMatchObject({ ok: true, measurement: { hrBpm: 70, contact: 'contact', rr: [] } });
    expect(result.ok && result.measurement.flags.raw).toBe(0xe6);
  });
});

const MALFORMED: Array<[string, number[], ParseRejectReason]> = [
  ['no bytes', [], 'empty'],
  ['flags only', [0x00], 'too-short'],
  ['uint16 HR with one byte', [0x01, 72], 'too-short'],
  ['energy declared, one byte of it', [0x08, 72, 0x10], 'too-short'],
  ['energy declared, absent', [0x18, 72], 'too-short'],
  ['uint16 HR + energy, truncated', [0x09, 72, 0, 0x10], 'too-short'],
  ['RR section of 1 byte', [0x10, 72, 0x00], 'odd-rr-bytes'],
  ['RR section of 3 bytes', [0x10, 72, 0x00, 0x04, 0x01], 'odd-rr-bytes'],
  ['odd RR bytes after energy', [0x18, 72, 1, 0, 0x00, 0x04, 0x00], 'odd-rr-bytes'],
  ['RR of 0', [0x10, 72, 0x00, 0x00], 'zero-rr'],
  ['second RR of 0', [0x10, 72, 0x00, 0x04, 0x00, 0x00], 'zero-rr'],
  ['HR 0 (uint8)', [0x00, 0], 'zero-hr'],
  ['HR 0 (uint16)', [0x01, 0, 0], 'zero-hr'],
  ['HR 0 with contact and an RR', [0x16, 0, 0x00, 0x04], 'zero-hr'],
];

describe('parseHeartRate: malformed packets are rejected, never thrown', () => {
  it.each(MALFORMED)('%s → %s', (_label, bytes, reason) => {
    const result = parseHeartRate(new Uint8Array(bytes));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.detail.length).toBeGreaterThan(0);
    }
  });
});

describe('createPacketStats', () => {
  it('counts accepted packets and rejections by reason', () => {
    const stats = createPacketStats();
    for (const bytes of [[0x10, 72, 0x00, 0x04], [0x00, 70], [], [0x10, 72, 0x00], [0x10, 72, 0x00]]) {
      stats.record(parseHeartRate(new Uint8Array(bytes)));
    }
    expect(stats.snapshot()).toEqual({
      accepted: 2,
      rejectedTotal: 3,
      rejected: { empty: 1, 'too-short': 0, 'odd-rr-bytes': 2, 'zero-rr': 0, 'zero-hr': 0 },
    });
    stats.reset();
    expect(stats.snapshot().accepted).toBe(0);
    expect(stats.snapshot().rejectedTotal).toBe(0);
  });

  it('hands out snapshots that later packets do not change', () => {
    const stats = createPacketStats();
    const before = stats.snapshot();
    stats.record(parseHeartRate(new Uint8Array([])));
    expect(before.rejected.empty).toBe(0);
  });
});
