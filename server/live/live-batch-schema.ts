import 'server-only';
import { z } from 'zod';
import { protocolLimits, uploadLimits } from '@/lib/session/protocol/limits';
import { practiceIds } from '@/lib/session/protocol/record';
import { sessionIdSchema } from '@/lib/session/protocol/upload-schema';
import { LIVE_MAX_BATCH_BEATS, type LiveBatch } from '@/lib/live-share/live-share-types';

const seconds = (field: keyof typeof protocolLimits) => z.number().min(protocolLimits[field].min).max(protocolLimits[field].max);

/** One live batch as the server accepts it: the limits of an upload, a minute of beats at most, in order. */
export const liveBatchSchema: z.ZodType<LiveBatch> = z
  .object({
    sessionId: sessionIdSchema,
    phase: z.enum(['baseline', 'breathing', 'recovery']).nullable(),
    paused: z.boolean(),
    rhythm: z.object({
      inhaleS: seconds('inhaleS'),
      holdInS: seconds('holdInS'),
      exhaleS: seconds('exhaleS'),
      holdOutS: seconds('holdOutS'),
      practice: z.enum(practiceIds).optional(),
    }),
    beats: z
      .array(z.object({ tMs: z.number().min(0).max(uploadLimits.maxDurationMs), rrMs: z.number().gt(0).max(uploadLimits.maxRrMs) }).transform(({ tMs, rrMs }) => ({ tMs, rrMs })))
      .max(LIVE_MAX_BATCH_BEATS),
  })
  .refine((b) => b.beats.every((beat, i) => i === 0 || beat.tMs >= b.beats[i - 1]!.tMs), { message: 'Beats must be in time order.' });
