// Heart Rate Measurement (GATT characteristic 0x2A37), Bluetooth Heart Rate Service 1.0 §3.1.
// Pure: no DOM, no Node. A packet the strap got wrong is a result, never an exception, because
// one bad notification must not end a session.

export type SensorContact = 'unsupported' | 'no-contact' | 'contact';

export interface HeartRateFlags {
  /** The whole flags byte, reserved bits 5–7 included, for diagnostics. */
  raw: number;
  hrUint16: boolean;
  contactSupported: boolean;
  contactDetected: boolean;
  energyExpendedPresent: boolean;
  rrPresent: boolean;
}

/** One RR interval: `raw` in 1/1024 s exactly as sent (lossless), `ms` derived from it. */
export interface RrInterval {
  raw: number;
  ms: number;
}

export interface HeartRateMeasurement {
  hrBpm: number;
  contact: SensorContact;
  /** Cumulative kJ since the strap's last reset; present only when the packet carries it. */
  energyExpendedKj?: number;
  rr: RrInterval[];
  flags: HeartRateFlags;
}

export type ParseRejectReason = 'empty' | 'too-short' | 'odd-rr-bytes' | 'zero-rr' | 'zero-hr';

export type ParseResult =
  | { ok: true; measurement: HeartRateMeasurement }
  | { ok: false; reason: ParseRejectReason; detail: string };

export const PARSE_REJECT_REASONS: readonly ParseRejectReason[] = [
  'empty',
  'too-short',
  'odd-rr-bytes',
  'zero-rr',
  'zero-hr',
];

const FLAG_HR_UINT16 = 0x01;
const FLAG_CONTACT_DETECTED = 0x02;
const FLAG_CONTACT_SUPPORTED = 0x04;
const FLAG_ENERGY_EXPENDED = 0x08;
const FLAG_RR = 0x10;

export function rrRawToMs(raw: number): number {
  return (raw * 1000) / 1024;
}

export function parseHeartRate(input: DataView | Uint8Array): ParseResult {
  const view = input instanceof DataView ? input : new DataView(input.buffer, input.byteOffset, input.byteLength);
  const length = view.byteLength;
  if (length === 0) return reject('empty', 'packet has no bytes');

  const raw = view.getUint8(0);
  const flags: HeartRateFlags = {
    raw,
    hrUint16: (raw & FLAG_HR_UINT16) !== 0,
    contactSupported: (raw & FLAG_CONTACT_SUPPORTED) !== 0,
    contactDetected: (raw & FLAG_CONTACT_DETECTED) !== 0,
    energyExpendedPresent: (raw & FLAG_ENERGY_EXPENDED) !== 0,
    rrPresent: (raw & FLAG_RR) !== 0,
  };

  const needed = 1 + (flags.hrUint16 ? 2 : 1) + (flags.energyExpendedPresent ? 2 : 0);
  if (length < needed) {
    return reject('too-short', `flags 0x${hex(raw)} declare at least ${needed} bytes, got ${length}`);
  }

  let offset = 1;
  const hrBpm = flags.hrUint16 ? view.getUint16(offset, true) : view.getUint8(offset);
  offset += flags.hrUint16 ? 2 : 1;
  // The spec gives 0 no meaning; straps send it while they search for a signal, and any RR in
  // the same packet cannot be trusted either.
  if (hrBpm === 0) return reject('zero-hr', 'heart rate field is 0');

  let energyExpendedKj: number | undefined;
  if (flags.energyExpendedPresent) {
    energyExpendedKj = view.getUint16(offset, true);
    offset += 2;
  }

  const rr: RrInterval[] = [];
  // Without the RR flag, trailing bytes are ignored: bits 5–7 are reserved for future fields.
  if (flags.rrPresent) {
    const rrBytes = length - offset;
    if (rrBytes % 2 !== 0) return reject('odd-rr-bytes', `RR section has ${rrBytes} bytes, not a multiple of 2`);
    for (; offset < length; offset += 2) {
      const rrRaw = view.getUint16(offset, true);
      if (rrRaw === 0) return reject('zero-rr', `RR value ${rr.length + 1} is 0`);
      rr.push({ raw: rrRaw, ms: rrRawToMs(rrRaw) });
    }
  }

  const measurement: HeartRateMeasurement = { hrBpm, contact: toContact(flags), rr, flags };
  if (energyExpendedKj !== undefined) measurement.energyExpendedKj = energyExpendedKj;
  return { ok: true, measurement };
}

function toContact(flags: HeartRateFlags): SensorContact {
  if (!flags.contactSupported) return 'unsupported';
  return flags.contactDetected ? 'contact' : 'no-contact';
}

function reject(reason: ParseRejectReason, detail: string): ParseResult {
  return { ok: false, reason, detail };
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}
