import { z } from 'zod';
import { validTimeZone } from '@/lib/i18n/time-zone';
import { morningReadingLimits, protocolLimits, uploadLimits } from './limits';
import { RESONANCE_RATES_BPM } from '@/lib/hrv/resonance';
import { checkInKeys, postures, practiceIds, presetIds, sessionKinds } from './record';

export { uploadLimits };

/**
 * A session id as stored: a uuid in lower case, so `7D0F…` and `7d0f…` — the same uuid — name one
 * session, not two rows.
 */
export const sessionIdSchema = z.uuid().transform((id) => id.toLowerCase());

/** No strap recorded anything before 2000; a clock a day ahead is wrong, not a session from the future. */
export const earliestStartedAt = Date.UTC(2000, 0, 1);
export const maxFutureMs = 24 * 60 * 60 * 1000;

const timeMs = z.number().finite().min(0).max(uploadLimits.maxDurationMs);
const span = z
  .object({ startMs: timeMs, endMs: timeMs })
  .refine((s) => s.endMs >= s.startMs, { message: 'endMs must not be before startMs' });
/**
 * Free text as both databases can store it: PostgreSQL's jsonb refuses NUL and unpaired surrogates,
 * so a name a strap (or a client) sends with them is refused here, on SQLite too, with a reason.
 */
const storableText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s), {
      message: 'must not contain NUL or unpaired surrogate characters',
    });
const seconds = ({ min, max }: { min: number; max: number }) => z.number().finite().min(min).max(max);

export const protocolSchema = z
  .object({
    preset: z.enum(presetIds),
    inhaleS: seconds(protocolLimits.inhaleS),
    holdInS: seconds(protocolLimits.holdInS),
    exhaleS: seconds(protocolLimits.exhaleS),
    holdOutS: seconds(protocolLimits.holdOutS),
    baselineS: seconds(protocolLimits.baselineS),
    breathingS: seconds(protocolLimits.breathingS),
    recoveryS: seconds(protocolLimits.recoveryS),
    /** Absent in every body from before deep-rest practices: those are paced breathing. */
    practice: z.enum(practiceIds).optional(),
  })
  .strict();

export const checkInSchema = z.partialRecord(z.enum(checkInKeys), z.number().int().min(1).max(5));

export const sessionUploadSchema = z
  .object({
    id: sessionIdSchema,
    startedAt: z.iso.datetime({ offset: true }).refine(
      (at) => {
        const ms = Date.parse(at);
        return ms >= earliestStartedAt && ms <= Date.now() + maxFutureMs;
      },
      { message: 'startedAt must be after 2000-01-01 and at most a day ahead of the server clock' },
    ),
    durationMs: timeMs,
    protocol: protocolSchema,
    device: z
      .object({
        kind: z.enum(['bluetooth', 'simulated']),
        name: storableText(200),
        bodySensorLocation: storableText(40).nullable(),
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
      // Three for a session (one of each); a resonance assessment has five steps and four rests.
      .max(9),
    gaps: z.array(span).max(uploadLimits.maxMarks),
    pauses: z.array(span).max(uploadLimits.maxMarks),
    pacerCycleStartsMs: z.array(timeMs).max(uploadLimits.maxMarks),
    endedEarly: z.boolean(),
    clientSummary: z
      .object({ baselineRmssdMs: z.number().finite().nullable(), recoveryRmssdMs: z.number().finite().nullable() })
      .strict()
      .nullable(),
    checkIn: checkInSchema.nullable(),
    /** Absent in bodies from before morning readings: those are breathing sessions. */
    kind: z.enum(sessionKinds).default('breathing'),
    posture: z.enum(postures).optional(),
    resonanceRatesBpm: z.array(z.number().finite()).min(1).max(RESONANCE_RATES_BPM.length).optional(),
    /** The browser's IANA zone; used for the person's days until they have one stored. */
    timeZone: z
      .string()
      .refine((zone) => validTimeZone(zone) !== null, { message: 'timeZone must be an IANA time zone name' })
      .optional(),
  })
  .strict()
  .superRefine((upload, ctx) => {
    if (upload.kind === 'morning-reading') refineMorningReading(upload, ctx);
    else if (upload.posture !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['posture'], message: 'posture is recorded with a morning reading only' });
    }
    if (upload.kind === 'resonance') refineResonance(upload, ctx);
    else if (upload.resonanceRatesBpm !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['resonanceRatesBpm'], message: 'step rates belong to a resonance assessment only' });
    }
    for (let i = 1; i < upload.beats.length; i++) {
      if (upload.beats[i]!.tMs < upload.beats[i - 1]!.tMs) {
        ctx.addIssue({ code: 'custom', path: ['beats', i, 'tMs'], message: 'beats must be in time order' });
        return;
      }
    }
    // In time order, so the last beat is the latest: one after the end cannot belong to this session.
    const last = upload.beats.length - 1;
    if (last >= 0 && upload.beats[last]!.tMs > upload.durationMs) {
      ctx.addIssue({ code: 'custom', path: ['beats', last, 'tMs'], message: 'beat after the end of the session (durationMs)' });
    }
    const order = ['baseline', 'breathing', 'recovery'];
    for (const [i, phase] of upload.phases.entries()) {
      if (upload.kind === 'resonance') break;
      if (phase.endMs < phase.startMs) ctx.addIssue({ code: 'custom', path: ['phases', i], message: 'endMs must not be before startMs' });
      if (phase.endMs > upload.durationMs) ctx.addIssue({ code: 'custom', path: ['phases', i], message: 'phase ends after the session' });
      const previous = upload.phases[i - 1];
      // One of each, in session order, without overlap: each beat belongs to one phase at most.
      if (previous && (order.indexOf(phase.phase) <= order.indexOf(previous.phase) || phase.startMs < previous.endMs)) {
        ctx.addIssue({ code: 'custom', path: ['phases', i], message: 'phases must follow each other in order without overlapping' });
      }
    }
  });

type UploadFields = {
  protocol: z.infer<typeof protocolSchema>;
  phases: { phase: 'baseline' | 'breathing' | 'recovery'; startMs: number; endMs: number }[];
  durationMs: number;
  resonanceRatesBpm?: number[];
};

/**
 * A resonance assessment: steps (breathing) at the assessment's rates, from the first in order, with a
 * rest (recovery) between two steps; one ended early may stop after any phase. The n-th step was paced
 * at the n-th rate, so the server knows each step's rate from the marks alone.
 */
function refineResonance(upload: UploadFields, ctx: z.RefinementCtx): void {
  const rates = upload.resonanceRatesBpm;
  if (!rates || rates.some((rate, i) => rate !== RESONANCE_RATES_BPM[i])) {
    ctx.addIssue({ code: 'custom', path: ['resonanceRatesBpm'], message: `a resonance assessment steps through ${RESONANCE_RATES_BPM.join(', ')} breaths a minute, in that order` });
    return;
  }
  let steps = 0;
  for (const [i, phase] of upload.phases.entries()) {
    const previous = upload.phases[i - 1];
    const expected = i % 2 === 0 ? 'breathing' : 'recovery';
    if (phase.phase !== expected || (previous && phase.startMs < previous.endMs) || phase.endMs < phase.startMs || phase.endMs > upload.durationMs) {
      ctx.addIssue({ code: 'custom', path: ['phases', i], message: 'a resonance assessment alternates steps and rests, in order, without overlapping' });
      return;
    }
    if (phase.phase === 'breathing') steps++;
  }
  if (steps > rates.length) ctx.addIssue({ code: 'custom', path: ['phases'], message: 'more steps than step rates' });
}

/** A rest-only reading: its one phase is a baseline of 1–3 minutes. */
function refineMorningReading(upload: UploadFields, ctx: z.RefinementCtx): void {
  const { baselineS, breathingS, recoveryS } = upload.protocol;
  const { min, max } = morningReadingLimits.baselineS;
  if (baselineS < min || baselineS > max) {
    ctx.addIssue({ code: 'custom', path: ['protocol', 'baselineS'], message: `a morning reading rests for ${min} to ${max} seconds` });
  }
  if (upload.protocol.practice !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['protocol', 'practice'], message: 'a morning reading has no practice' });
  }
  if (breathingS !== 0 || recoveryS !== 0) {
    ctx.addIssue({ code: 'custom', path: ['protocol'], message: 'a morning reading has no breathing or recovery phase' });
  }
  if (upload.phases.some((phase) => phase.phase !== 'baseline')) {
    ctx.addIssue({ code: 'custom', path: ['phases'], message: 'a morning reading has only a baseline phase' });
  }
}

export type ValidatedSessionUpload = z.infer<typeof sessionUploadSchema>;
