// What the pool and its worker threads send each other. Structured clone (not JSON) carries the
// result, so NaN, Dates and nested objects arrive exactly as prepareUpload made them; a Buffer arrives
// as a plain Uint8Array (the pool turns it back).
import type { PreparedUpload } from '@/server/sessions/prepare-upload';

export interface WorkerTask {
  id: number;
  body: Uint8Array;
}

export type WorkerReply = { id: number; ok: true; prepared: PreparedUpload } | { id: number; ok: false; message: string };
