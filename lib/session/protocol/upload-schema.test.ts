import { describe, expect, it } from 'vitest';
import type { SessionUpload } from './record';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { sessionUploadSchema } from './upload-schema';

describe('session upload schema', () => {
  it('accepts a well-formed upload', () => {
    expect(sessionUploadSchema.safeParse(makeUpload()).success).toBe(true);
  });

  it('accepts a guided practice in the protocol, and a body without one stays a breathing session', () => {
    const practice = makeUpload({ protocol: { ...makeUpload().protocol, practice: 'body-scan' } });
    const parsed = sessionUploadSchema.safeParse(practice);
    expect(parsed.success && parsed.data.protocol.practice).toBe('body-scan');
    const today = sessionUploadSchema.safeParse(makeUpload());
    expect(today.success && today.data.protocol.practice).toBeUndefined();
    expect(today.success && today.data.kind).toBe('breathing');
  });

  it.each([
    ['an unknown practice', { protocol: { ...makeUpload().protocol, practice: 'yoga' } }],
    [
      'a practice on a morning reading',
      {
        kind: 'morning-reading',
        posture: 'lying',
        durationMs: 60_000,
        protocol: { ...makeUpload().protocol, practice: 'quiet', baselineS: 60, breathingS: 0, recoveryS: 0 },
        phases: [{ phase: 'baseline', startMs: 0, endMs: 60_000 }],
      },
    ],
  ])('refuses %s', (_label, overrides) => {
    const result = sessionUploadSchema.safeParse(makeUpload(overrides as Partial<SessionUpload>));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path.join('.'))).toContain('protocol.practice');
  });

  it('accepts implausible beats a strap did send (180 ms, 3.1 s): the artifact detector deals with them', () => {
    const beats = makeUpload().beats.map((beat, i) => (i === 5 ? { ...beat, rrMs: 180, rrRaw: 184 } : i === 9 ? { ...beat, rrMs: 3100, rrRaw: 3174 } : beat));
    expect(sessionUploadSchema.safeParse(makeUpload({ beats })).success).toBe(true);
  });

  it.each([
    ['a non-uuid id', { id: 'abc' }, 'id'],
    ['an RR of zero', { beats: [{ tMs: 1000, rrMs: 0, rrRaw: 1 }] }, 'beats'],
    ['an RR longer than a strap can send', { beats: [{ tMs: 1000, rrMs: 70_000, rrRaw: null }] }, 'beats'],
    ['phases out of order', { phases: [{ phase: 'recovery' as const, startMs: 0, endMs: 10_000 }, { phase: 'baseline' as const, startMs: 10_000, endMs: 20_000 }] }, 'phases'],
    ['overlapping phases', { phases: [{ phase: 'baseline' as const, startMs: 0, endMs: 20_000 }, { phase: 'breathing' as const, startMs: 10_000, endMs: 30_000 }] }, 'phases'],
    ['beats out of order', { beats: [{ tMs: 2000, rrMs: 1000, rrRaw: 1024 }, { tMs: 1000, rrMs: 1000, rrRaw: 1024 }] }, 'beats'],
    ['a phase after the end', { durationMs: 5000 }, 'phases'],
    ['an unknown field', { extra: true } as Partial<SessionUpload>, ''],
    ['a check-in score of 6', { checkIn: { mood: 6 } }, 'checkIn'],
    ['a session of four hours', { durationMs: 4 * 3600 * 1000 }, 'durationMs'],
    ['a gap that ends before it starts', { gaps: [{ startMs: 5000, endMs: 1000 }] }, 'gaps'],
  ])('refuses %s', (_label, overrides, path) => {
    const result = sessionUploadSchema.safeParse(makeUpload(overrides));
    expect(result.success).toBe(false);
    if (!result.success && path) expect(result.error.issues.map((issue) => String(issue.path[0]))).toContain(path);
  });
});
