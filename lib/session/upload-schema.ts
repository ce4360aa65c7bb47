import { z } from 'zod';
import { checkInKeys, presetIds } from './record';

/** Limits on an upload: a session is at most three hours, a beat between 200 and 3000 ms. */
export const uploadLimits = {
  maxBodyBytes: 2_000_000,
  maxDurationMs: 3 * 60 * 60 * 1000,
  maxBeats: 3 * 60 * 240,
  minRrMs: 200,
  maxRrMs: 3000,
  maxMarks: 2000,
} as const;

const timeMs = z.number().finite().min(0).max(uploadLimits.maxDurationMs);
const span = z
  .object({ startMs: timeMs, endMs: timeMs })
  .refine((s) => s.endMs >= s.startMs, { message: 'endMs must not be before startMs' });
const seconds = (max: number) => z.number().finite().min(0).max(max);

export const protocolSchema = z
  .object({
    preset: z.enum(presetIds),
    inhaleS: seconds(30).min(1),
    holdInS: seconds(30),
    exhaleS: seconds(30).min(1),
    holdOutS: seconds(30),
    baselineS: seconds(3600),
    breathingS: seconds(3600),
    recoveryS: seconds(3600),
  })
  .strict();

export const checkInSchema = z.partialRecord(z.enum(checkInKeys), z.number().int().min(1).max(5));

export const sessionUploadSchema = z
  .object({
    id: z.uuid(),
    startedAt: z.iso.datetime({ offset: true }),
    durationMs: timeMs,
    protocol: protocolSchema,
    device: z
      .object({
        kind: z.enum(['bluetooth', 'simulated']),
        name: z.string().max(200),
        bodySensorLocation: z.string().max(40).nullable(),
      })
      .strict()
      .nullable(),
    beats: z
      .array(
        z
          .object({
            tMs: timeMs,
            rrMs: z.number().finite().min(uploadLimits.minRrMs).max(uploadLimits.maxRrMs),
            rrRaw: z.number().int().min(1).max(65535).nullable(),
          })
          .strict(),
      )
      .max(uploadLimits.maxBeats),
    phases: z
      .array(z.object({ phase: z.enum(['baseline', 'breathing', 'recovery']), startMs: timeMs, endMs: timeMs }).strict())
      .min(1)
      .max(3),
    gaps: z.array(span).max(uploadLimits.maxMarks),
    pauses: z.array(span).max(uploadLimits.maxMarks),
    pacerCycleStartsMs: z.array(timeMs).max(uploadLimits.maxMarks),
    endedEarly: z.boolean(),
    clientSummary: z
      .object({ baselineRmssdMs: z.number().finite().nullable(), recoveryRmssdMs: z.number().finite().nullable() })
      .strict()
      .nullable(),
    checkIn: checkInSchema.nullable(),
  })
  .strict()
  .superRefine((upload, ctx) => {
    for (let i = 1; i < upload.beats.length; i++) {
      if (upload.beats[i]!.tMs < upload.beats[i - 1]!.tMs) {
        ctx.addIssue({ code: 'custom', path: ['beats', i, 'tMs'], message: 'beats must be in time order' });
        return;
      }
    }
    for (const [i, phase] of upload.phases.entries()) {
      if (phase.endMs < phase.startMs) ctx.addIssue({ code: 'custom', path: ['phases', i], message: 'endMs must not be before startMs' });
      if (phase.endMs > upload.durationMs) ctx.addIssue({ code: 'custom', path: ['phases', i], message: 'phase ends after the session' });
    }
  });

export type ValidatedSessionUpload = z.infer<typeof sessionUploadSchema>;
