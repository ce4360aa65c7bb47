// One thread of the HRV pool (./pool.ts): parses, validates and recomputes an upload off the request
// thread. It imports only pure code (prepare-upload, lib/hrv), never `server-only` or the database.
import { parentPort } from 'node:worker_threads';
import { prepareUpload } from '@/server/sessions/prepare-upload';
import type { WorkerReply, WorkerTask } from './messages';

const port = parentPort;
if (!port) throw new Error('derive-worker runs as a worker thread only.');

port.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { id: task.id, ok: true, prepared: prepareUpload(task.body) };
  } catch (error) {
    reply = { id: task.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const beats = reply.ok && reply.prepared.kind === 'valid' ? reply.prepared.row.beats : undefined;
  // The packed beats move to the request thread without a copy.
  port.postMessage(reply, beats ? [beats.buffer as ArrayBuffer] : []);
});
