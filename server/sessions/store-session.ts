import 'server-only';
import type { AppDatabase } from '@/db/connection';
import { saveSessionOnce, type SaveOutcome } from '@/db/practice-sessions';
import type { NewPracticeSessionRow } from '@/db/practice-session-schema';
import { encodeBeats } from '@/lib/session/beats-codec';
import type { ValidatedSessionUpload } from '@/lib/session/upload-schema';
import { deriveColumns } from './derive-columns';

/** The row for a validated upload: raw beats packed, marks as JSON, metrics recomputed here. */
export function buildSessionRow(userId: string, upload: ValidatedSessionUpload): NewPracticeSessionRow {
  const packed = encodeBeats(upload.beats);
  const derived = deriveColumns(upload);
  return {
    id: upload.id,
    userId,
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
    ...derived,
  };
}

/** Recompute, then write once (see saveSessionOnce for retries and conflicts). */
export function storeUploadedSession(db: AppDatabase, userId: string, upload: ValidatedSessionUpload): SaveOutcome {
  return saveSessionOnce(db, buildSessionRow(userId, upload));
}
