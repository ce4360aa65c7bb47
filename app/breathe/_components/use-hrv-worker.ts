import { useCallback, useEffect, useRef, useState } from 'react';
import type { Beat, LiveMetrics, SessionInput, SessionSummary, WorkerReply, WorkerRequest } from '@/lib/hrv';

type Pending = { resolve: (summary: SessionSummary) => void; reject: (error: Error) => void };

/**
 * The HRV worker of one session: created once inside an effect, terminated on unmount. Live metrics come
 * back per packet; `summarize` resolves with the engine's summary. The UI thread never analyses.
 */
export function useHrvWorker() {
  const workerRef = useRef<Worker | null>(null);
  const pending = useRef(new Map<string, Pending>());
  const [metrics, setMetrics] = useState<LiveMetrics | null>(null);

  useEffect(() => {
    const worker = new Worker(new URL('../../../lib/hrv/hrv.worker.ts', import.meta.url), { type: 'module' });
    const waiting = pending.current;
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'metrics') setMetrics(reply.metrics);
      else if (reply.type === 'summary' && reply.requestId) {
        waiting.get(reply.requestId)?.resolve(reply.summary);
        waiting.delete(reply.requestId);
      } else if (reply.type === 'error' && reply.requestType === 'summarize') {
        for (const p of waiting.values()) p.reject(new Error(reply.message));
        waiting.clear();
      }
    };
    worker.postMessage({ type: 'reset' } satisfies WorkerRequest);
    workerRef.current = worker;
    return () => {
      worker.terminate();
      workerRef.current = null;
      for (const p of waiting.values()) p.reject(new Error('worker stopped'));
      waiting.clear();
    };
  }, []);

  const pushBeats = useCallback((beats: readonly Beat[]) => {
    const message: WorkerRequest = { type: 'beats', beats: beats.map((b) => ({ tMs: b.tMs, rrMs: b.rrMs })) };
    workerRef.current?.postMessage(message);
  }, []);

  const setCoherenceFrom = useCallback((tMs: number | null) => {
    workerRef.current?.postMessage({ type: 'coherenceFrom', tMs } satisfies WorkerRequest);
  }, []);

  const summarize = useCallback(
    (input: SessionInput) =>
      new Promise<SessionSummary>((resolve, reject) => {
        const worker = workerRef.current;
        if (!worker) return reject(new Error('worker not running'));
        const requestId = crypto.randomUUID();
        pending.current.set(requestId, { resolve, reject });
        worker.postMessage({ type: 'summarize', requestId, input } satisfies WorkerRequest);
      }),
    [],
  );

  return { metrics, pushBeats, setCoherenceFrom, summarize };
}
