// One thread of the HRV pool (./pool.ts): parses, validates and recomputes an upload or an import off
// the request thread. It imports only pure code (prepare-upload, prepare-import, lib/hrv), never
// `server-only` or the database.
import { parentPort } from 'node:worker_threads';
import { prepareImport } from '@/server/imports/prepare-import';
import { prepareUpload } from '@/server/sessions/prepare-upload';
import type { WorkerJob, WorkerReply, WorkerResult, WorkerTask } from './messages';

const port = parentPort;
if (!port) throw new Error('derive-worker runs as a worker thread only.');

async function run(job: WorkerJob): Promise<WorkerResult> {
  if (job.type === 'upload') return { type: 'upload', prepared: prepareUpload(job.body) };
  return { type: 'import', prepared: await prepareImport(job.job) };
}

/** The packed beats of every row, moved to the request thread without a copy. */
function transferables(result: WorkerResult): ArrayBuffer[] {
  if (result.type === 'upload') return result.prepared.kind === 'valid' ? [result.prepared.row.beats.buffer as ArrayBuffer] : [];
  // Each buffer once: a buffer listed twice cannot be moved.
  if (result.prepared.kind === 'refused') return [];
  return [...new Set(result.prepared.files.flatMap((file) => (file.row ? [file.row.beats.buffer as ArrayBuffer] : [])))];
}

port.on('message', (task: WorkerTask) => {
  run(task.job).then(
    (result) => {
      const reply: WorkerReply = { id: task.id, ok: true, result };
      port.postMessage(reply, transferables(result));
    },
    (error: unknown) => {
      const reply: WorkerReply = { id: task.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    },
  );
});
