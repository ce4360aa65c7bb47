import 'server-only';
import { Worker } from 'node:worker_threads';
import type { ImportJob, PreparedImport } from '@/server/imports/prepare-import';
import type { PreparedSessionRow, PreparedUpload } from '@/server/sessions/prepare-upload';
import { AppError } from '@/server/http/app-error';
import type { WorkerJob, WorkerReply, WorkerResult, WorkerTask } from './messages';

/**
 * A bounded pool of worker threads for what an upload costs in CPU (parsing, validation, the HRV
 * recomputation: server/sessions/prepare-upload.ts): a three-hour upload takes a good part of a second,
 * and on the request thread it would hold up every other request meanwhile.
 * At most `size` sessions are computed at once and `maxQueue` wait; beyond that an upload is answered
 * 503 `busy` with Retry-After at once (the browser's uploader keeps the session and retries), instead
 * of piling up memory and latency.
 */
export interface HrvPoolOptions {
  size: number;
  maxQueue: number;
  /** Seconds a refused upload is told to wait. */
  retryAfterS?: number;
  createWorker?: () => Worker;
}

export interface HrvPool {
  /** The raw body in (its buffer is handed over to the thread), the row to store or why not out. */
  prepare(body: Uint8Array): Promise<PreparedUpload>;
  /** An import request's body: its files read and analysed together (one job, so one request takes one place). */
  prepareImport(job: ImportJob): Promise<PreparedImport>;
  /** Sessions being computed and waiting, for tests and logs. */
  load(): { running: number; queued: number };
  close(): Promise<void>;
}

interface Task {
  message: WorkerTask;
  resolve: (result: WorkerResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

/**
 * The worker entry. `new Worker(new URL('./derive-worker.ts', import.meta.url))` written literally is
 * what Turbopack recognises and bundles as a worker thread of the production server (`next build`,
 * Next.js 16.2 and later: a "[worker thread]" chunk of compiled JavaScript, verified with the upload
 * e2e specs on `next start`). The branch is chosen by NEXT_RUNTIME, which Next.js sets in its server and
 * nothing else does: Turbopack keeps `import.meta.url` pointing at the .ts source, so it cannot tell.
 * Under vitest and tsx (benchmarks, scripts) the entry is the .ts source, which Node 20 cannot run alone
 * (a worker's execArgv does not take `--import`): the thread imports it through tsx, a dev dependency
 * present wherever tests run.
 */
function createDeriveWorker(): Worker {
  if (process.env.NEXT_RUNTIME) return new Worker(new URL('./derive-worker.ts', import.meta.url));
  return typescriptWorker(new URL('./derive-worker.ts', import.meta.url));
}

function typescriptWorker(source: URL): Worker {
  const href = JSON.stringify(source.href);
  const bootstrap = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${href}, ${href}));`;
  return new Worker(bootstrap, { eval: true });
}

export function createHrvPool({ size, maxQueue, retryAfterS = 5, createWorker = createDeriveWorker }: HrvPoolOptions): HrvPool {
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  const start = (): Slot => {
    const slot: Slot = { worker: createWorker(), task: null };
    slot.worker.on('message', (reply: WorkerReply) => {
      const task = slot.task;
      slot.task = null;
      slot.worker.unref();
      if (task && task.message.id === reply.id) {
        if (reply.ok) task.resolve(reply.result);
        else task.reject(new Error(`Preparing an upload failed: ${reply.message}`));
      }
      dispatch();
    });
    // A thread that dies (out of memory, a crash) fails its one session and is replaced.
    const replace = (error: Error) => {
      const task = slot.task;
      slot.task = null;
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
      task?.reject(error);
      if (!closed) {
        slots.push(start());
        dispatch();
      }
    };
    slot.worker.on('error', replace);
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) replace(new Error(`HRV worker exited with code ${code}.`));
    });
    // An idle pool must not keep a process (a CLI, a test run) alive; a busy thread does (dispatch), or a
    // script whose only pending work is an upload would end before its answer.
    slot.worker.unref();
    return slot;
  };

  const dispatch = () => {
    for (const slot of slots) {
      if (slot.task) continue;
      const task = queue.shift();
      if (!task) return;
      slot.task = task;
      slot.worker.ref();
      slot.worker.postMessage(task.message, jobBuffers(task.message.job));
    }
  };

  const run = (job: WorkerJob, busyMessage: string): Promise<WorkerResult> => {
    if (closed) return Promise.reject(new Error('The HRV pool is closed.'));
    while (slots.length < size) slots.push(start());
    const running = slots.filter((slot) => slot.task).length;
    if (running >= size && queue.length >= maxQueue) return Promise.reject(new AppError(503, 'busy', busyMessage, { retryAfterS }));
    return new Promise<WorkerResult>((resolve, reject) => {
      queue.push({ message: { id: nextId++, job }, resolve, reject });
      dispatch();
    });
  };

  return {
    async prepare(body) {
      const result = await run({ type: 'upload', body }, 'The server is busy computing other sessions; the session is kept and retried shortly.');
      if (result.type !== 'upload') throw new Error('The HRV pool answered an upload with another kind of result.');
      return withBuffer(result.prepared);
    },
    async prepareImport(job) {
      const result = await run({ type: 'import', job }, 'The server is busy computing other sessions; try the import again in a moment.');
      if (result.type !== 'import') throw new Error('The HRV pool answered an import with another kind of result.');
      const prepared = result.prepared;
      if (prepared.kind === 'refused') return prepared;
      return { ...prepared, files: prepared.files.map((file) => (file.row ? { ...file, row: rowWithBuffer(file.row) } : file)) };
    },
    load: () => ({ running: slots.filter((slot) => slot.task).length, queued: queue.length }),
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('The HRV pool is closed.'));
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}

/** The body a job hands over to its thread, so it moves without a copy. */
function jobBuffers(job: WorkerJob): ArrayBuffer[] {
  if (job.type === 'upload') return [job.body.buffer as ArrayBuffer];
  return [job.job.body.buffer as ArrayBuffer];
}

/** Structured clone delivers the packed beats as a Uint8Array; the database drivers want a Buffer. */
function withBuffer(prepared: PreparedUpload): PreparedUpload {
  return prepared.kind === 'valid' ? { ...prepared, row: rowWithBuffer(prepared.row) } : prepared;
}

function rowWithBuffer(row: PreparedSessionRow): PreparedSessionRow {
  if (Buffer.isBuffer(row.beats)) return row;
  const beats: Uint8Array = row.beats;
  return { ...row, beats: Buffer.from(beats.buffer, beats.byteOffset, beats.byteLength) };
}
