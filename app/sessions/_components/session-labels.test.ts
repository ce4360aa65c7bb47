import { describe, expect, it } from 'vitest';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { formatProtocol, primaryFlagReason } from './session-labels';

const t = (key: string, values: { seconds: string }) => `${values.seconds} ${key.split('.')[1]}`;

describe('session labels', () => {
  it('lists inhale and exhale, and holds only when set', () => {
    expect(formatProtocol(t, makeUpload().protocol, String)).toBe('4 inhale · 6 exhale');
    const box = { ...makeUpload().protocol, inhaleS: 4, holdInS: 4, exhaleS: 4, holdOutS: 4 };
    expect(formatProtocol(t, box, String)).toBe('4 inhale · 4 holdIn · 4 exhale · 4 holdOut');
  });

  it('picks the shift reason of a flagged session', () => {
    expect(primaryFlagReason(['recovery-flagged', 'recovery:too-short'])).toBe('recovery-flagged');
    expect(primaryFlagReason(['missing-recovery'])).toBe('missing-recovery');
    expect(primaryFlagReason([])).toBe('unknown');
  });
});
