import { describe, expect, it } from 'vitest';
import { sessionUploadSchema } from '@/lib/session/protocol/upload-schema';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { cleanDeviceName } from './device-name';

describe('cleanDeviceName', () => {
  it.each([
    ['Polar H10 7E3A1B2C', 'Polar H10 7E3A1B2C'],
    ['Polar H10\u0000\u0000\u0000', 'Polar H10'],
    ['Strap \ud83d', 'Strap'],
    ['TICKR 😀 X', 'TICKR 😀 X'],
    ['\u0000\u0001', 'Heart rate strap'],
    [undefined, 'Heart rate strap'],
  ])('%j → %j', (raw, expected) => {
    expect(cleanDeviceName(raw)).toBe(expected);
  });

  it('always yields a name the upload schema accepts', () => {
    for (const raw of ['a\u0000b', '\udc00x', 'y\ud800', 'é'.repeat(500), '😀'.repeat(300)]) {
      const name = cleanDeviceName(raw);
      expect(sessionUploadSchema.safeParse(makeUpload({ device: { kind: 'bluetooth', name, bodySensorLocation: null } })).success).toBe(true);
    }
  });
});
