import { describe, expect, it } from 'vitest';
import type { SessionUpload } from './record';
import { makeUpload } from './testing/make-upload';
import { sessionUploadSchema } from './upload-schema';

describe('session upload schema', () => {
  it('accepts a well-formed upload', () => {
    expect(sessionUploadSchema.safeParse(makeUpload()).success).toBe(true);
  });

  it.each([
    ['a non-uuid id', { id: 'abc' }, 'id'],
    ['an RR out of range', { beats: [{ tMs: 1000, rrMs: 50, rrRaw: 51 }] }, 'beats'],
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
