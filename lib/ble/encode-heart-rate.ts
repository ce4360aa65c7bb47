// The inverse of parse-heart-rate: builds 0x2A37 bytes the way a strap does. The simulated strap
// speaks through it so that simulated data enters the app as bytes, exactly like a real strap's.
import type { SensorContact } from './parse-heart-rate';

export interface HeartRatePacketFields {
  hrBpm: number;
  /** Defaults to uint8 when hrBpm fits, as straps do. */
  hrUint16?: boolean;
  contact?: SensorContact;
  energyExpendedKj?: number;
  /** RR in 1/1024 s. Omitted → RR flag clear; [] → RR flag set with no values. */
  rrRaw?: readonly number[];
}

/** Largest ATT payload with the default 23-byte MTU; straps never send more. */
export const MAX_PACKET_BYTES = 20;

export function encodeHeartRate(fields: HeartRatePacketFields): Uint8Array {
  const hrUint16 = fields.hrUint16 ?? fields.hrBpm > 0xff;
  const contact = fields.contact ?? 'unsupported';
  const hasEnergy = fields.energyExpendedKj !== undefined;
  const rr = fields.rrRaw;

  let flags = 0;
  if (hrUint16) flags |= 0x01;
  if (contact === 'contact') flags |= 0x06;
  if (contact === 'no-contact') flags |= 0x04;
  if (hasEnergy) flags |= 0x08;
  if (rr) flags |= 0x10;

  const length = 1 + (hrUint16 ? 2 : 1) + (hasEnergy ? 2 : 0) + (rr ? rr.length * 2 : 0);
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, flags);
  let offset = 1;
  if (hrUint16) {
    view.setUint16(offset, clampUint16(fields.hrBpm), true);
    offset += 2;
  } else {
    view.setUint8(offset, Math.min(0xff, Math.max(0, Math.round(fields.hrBpm))));
    offset += 1;
  }
  if (hasEnergy) {
    view.setUint16(offset, clampUint16(fields.energyExpendedKj ?? 0), true);
    offset += 2;
  }
  for (const raw of rr ?? []) {
    view.setUint16(offset, clampUint16(raw), true);
    offset += 2;
  }
  return bytes;
}

export function rrMsToRaw(rrMs: number): number {
  return Math.round((rrMs * 1024) / 1000);
}

function clampUint16(value: number): number {
  return Math.min(0xffff, Math.max(0, Math.round(value)));
}
