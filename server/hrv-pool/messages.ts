// What the pool and its worker threads send each other. Structured clone (not JSON) carries the
// result, so NaN, Dates and nested objects arrive exactly as the preparation made them; a Buffer arrives
// as a plain Uint8Array (the pool turns it back).
import type { ImportJob, PreparedImport } from '@/server/imports/prepare-import';
import type { PreparedUpload } from '@/server/sessions/prepare-upload';

/** A recorded session's upload body, or an import request's body (all of its files in one job). */
export type WorkerJob = { type: 'upload'; body: Uint8Array } | { type: 'import'; job: ImportJob };

export type WorkerResult = { type: 'upload'; prepared: PreparedUpload } | { type: 'import'; prepared: PreparedImport };

export interface WorkerTask {
  id: number;
  job: WorkerJob;
}

export type WorkerReply = { id: number; ok: true; result: WorkerResult } | { id: number; ok: false; message: string };
