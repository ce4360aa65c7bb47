import 'server-only';
import { saveSessionOnce, type NewPracticeSessionRow, type SaveOutcome } from '@/db/queries/sessions';
import type { Viewer } from '@/db/viewer';
import { encodeBeats } from '@/lib/session/protocol/beats-codec';
import type { ValidatedSessionUpload } from '@/lib/session/protocol/upload-schema';
import { deriveColumns } from './derive-columns';

/** The row for a validated upload: raw beats packed, marks as JSON, metrics recomputed here. */
export function buildSessionRow(upload: ValidatedSessionUpload): NewPracticeSessionRow {
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
    ...deriveColumns(upload),
  };
}

/** Recompute, then write once (see saveSessionOnce for retries and conflicts). */
export function storeUploadedSession(viewer: Viewer, upload: ValidatedSessionUpload): Promise<SaveOutcome> {
  return saveSessionOnce(viewer, buildSessionRow(upload));
}
