// Everything an upload costs in CPU — JSON parsing, validation, packing the beats and the HRV
// recomputation — from the raw body to the row to store. Pure (no `server-only`, no database), so it runs
// on a pool thread (server/hrv-pool): a three-hour upload spends about as long in JSON.parse and the
// schema as in the engine, and neither may hold up the request thread.
import type { z } from 'zod';
import type { NewPracticeSessionRow } from '@/db/queries/sessions';
import { encodeBeats } from '@/lib/session/protocol/beats-codec';
import { sessionUploadSchema, type ValidatedSessionUpload } from '@/lib/session/protocol/upload-schema';
import type { ApiIssue } from '@/server/http/app-error';
import { deriveColumns, type DerivedColumns } from './derive-columns';

/** So a wildly wrong upload (thousands of bad beats) answers with a readable list, not megabytes. */
const maxIssues = 20;

/** The row but its place in the person's day, which needs their stored time zone (see store.ts). */
export type PreparedSessionRow = Omit<NewPracticeSessionRow, 'localDate' | 'utcOffsetMin'>;

export type PreparedUpload =
  | { kind: 'valid'; row: PreparedSessionRow; timeZone: string | null }
  | { kind: 'invalid-json' }
  | { kind: 'invalid'; issues: ApiIssue[] };

export function toIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.slice(0, maxIssues).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function prepareUpload(body: Uint8Array): PreparedUpload {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    return { kind: 'invalid-json' };
  }
  const parsed = sessionUploadSchema.safeParse(json);
  if (!parsed.success) return { kind: 'invalid', issues: toIssues(parsed.error) };
  return { kind: 'valid', row: buildSessionRow(parsed.data, deriveColumns(parsed.data)), timeZone: parsed.data.timeZone ?? null };
}

/** The row for a validated upload: raw beats packed, marks as JSON, metrics as the engine recomputed them. */
export function buildSessionRow(upload: ValidatedSessionUpload, columns: DerivedColumns): PreparedSessionRow {
  const packed = encodeBeats(upload.beats);
  return {
    id: upload.id,
    startedAt: new Date(upload.startedAt),
    durationMs: Math.round(upload.durationMs),
    endedEarly: upload.endedEarly,
    protocol: upload.protocol,
    device: upload.device,
    beatCount: upload.beats.length,
    beats: Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength),
    phases: upload.phases,
    gaps: upload.gaps,
    pauses: upload.pauses,
    pacerCycleStartsMs: upload.pacerCycleStartsMs,
    checkIn: upload.checkIn,
    clientSummary: upload.clientSummary,
    kind: upload.kind,
    posture: upload.posture ?? null,
    ...columns,
  };
}
