import { z } from 'zod';
import { checkInKeys, presetIds } from './record';

/**
 * Limits on an upload: a session is at most three hours. A beat may be anything a strap can encode
 * (1/1024 s to 65535/1024 s): implausible ones are the artifact detector's business, and refusing the
 * whole session for one glitch would lose it.
 */
export const uploadLimits = {
  maxBodyBytes: 2_000_000,
  maxDurationMs: 3 * 60 * 60 * 1000,
  maxBeats: 3 * 60 * 240,
  maxRrMs: (65535 * 1000) / 1024,
  maxMarks: 500,
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
            rrMs: z.number().finite().positive().max(uploadLimits.maxRrMs),
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
    const order = ['baseline', 'breathing', 'recovery'];
    for (const [i, phase] of upload.phases.entries()) {
      if (phase.endMs < phase.startMs) ctx.addIssue({ code: 'custom', path: ['phases', i], message: 'endMs must not be before startMs' });
      if (phase.endMs > upload.durationMs) ctx.addIssue({ code: 'custom', path: ['phases', i], message: 'phase ends after the session' });
      const previous = upload.phases[i - 1];
      // One of each, in session order, without overlap: each beat belongs to one phase at most.
      if (previous && (order.indexOf(phase.phase) <= order.indexOf(previous.phase) || phase.startMs < previous.endMs)) {
        ctx.addIssue({ code: 'custom', path: ['phases', i], message: 'phases must follow each other in order without overlapping' });
      }
    }
  });

export type ValidatedSessionUpload = z.infer<typeof sessionUploadSchema>;
