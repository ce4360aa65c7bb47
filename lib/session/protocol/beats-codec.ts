// Beats packed for storage: one version byte, then per beat three little-endian float64s
// [tMs, rrMs, rrRaw or NaN]. Float64 holds every JS number exactly, so the packing is lossless;
// 24 bytes a beat keeps a three-hour session (43,200 beats) near 1 MB. Pure: no Node Buffer needed.
import type { RecordedBeat } from './record';

const FORMAT_VERSION = 1;
const HEADER_BYTES = 1;
const BYTES_PER_BEAT = 24;

export class BeatsCodecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BeatsCodecError';
  }
}

export function encodeBeats(beats: readonly RecordedBeat[]): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES + beats.length * BYTES_PER_BEAT);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, FORMAT_VERSION);
  beats.forEach((beat, i) => {
    const at = HEADER_BYTES + i * BYTES_PER_BEAT;
    view.setFloat64(at, beat.tMs, true);
    view.setFloat64(at + 8, beat.rrMs, true);
    view.setFloat64(at + 16, beat.rrRaw ?? Number.NaN, true);
  });
  return bytes;
}

export function decodeBeats(bytes: Uint8Array): RecordedBeat[] {
  if (bytes.byteLength < HEADER_BYTES) throw new BeatsCodecError('empty beats blob');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint8(0);
  if (version !== FORMAT_VERSION) throw new BeatsCodecError(`unknown beats format version ${version}`);
  const payload = bytes.byteLength - HEADER_BYTES;
  if (payload % BYTES_PER_BEAT !== 0) throw new BeatsCodecError(`beats blob of ${bytes.byteLength} bytes is truncated`);
  const beats: RecordedBeat[] = new Array(payload / BYTES_PER_BEAT);
  for (let i = 0; i < beats.length; i++) {
    const at = HEADER_BYTES + i * BYTES_PER_BEAT;
    const rrRaw = view.getFloat64(at + 16, true);
    beats[i] = { tMs: view.getFloat64(at, true), rrMs: view.getFloat64(at + 8, true), rrRaw: Number.isNaN(rrRaw) ? null : rrRaw };
  }
  return beats;
}
