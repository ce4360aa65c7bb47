import { describe, expect, it } from 'vitest';
import { protocolLimits, setupLimits, type ProtocolField } from './limits';
import { defaultProtocol, isValidField, parseProtocolQuery } from './protocol';
import { protocolSchema } from './upload-schema';

const fields = Object.keys(protocolLimits) as ProtocolField[];
const accepts = (field: ProtocolField, value: number) => protocolSchema.safeParse({ ...defaultProtocol, [field]: value }).success;

describe('protocol limits', () => {
  it.each(fields)('the upload schema accepts %s exactly within its limits', (field) => {
    const { min, max } = protocolLimits[field];
    expect([accepts(field, min), accepts(field, max), accepts(field, min - 0.5), accepts(field, max + 0.5)]).toEqual([true, true, false, false]);
  });

  it.each(fields)('the set-up offers for %s a range the upload schema accepts', (field) => {
    const { min, max } = setupLimits(field);
    expect(accepts(field, min) && accepts(field, max)).toBe(true);
    expect([isValidField(field, min), isValidField(field, max), isValidField(field, max + 1)]).toEqual([true, true, false]);
  });

  it('keeps a rest-only session (no breathing phase) valid to store, while a breathing set-up needs breathing', () => {
    expect(accepts('breathingS', 0)).toBe(true);
    expect(isValidField('breathingS', 0)).toBe(false);
    expect(parseProtocolQuery({ breathing: '0' }).invalid).toEqual(['breathing']);
  });
});
