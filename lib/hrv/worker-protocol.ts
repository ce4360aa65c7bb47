import type { SessionInput, SessionSummary } from './session-types';
import type { LiveMetrics, StreamingOptions } from './streaming';
import type { Beat } from './types';

/** Messages the page posts to the HRV worker. */
export type WorkerRequest =
  | { type: 'reset'; options?: Partial<StreamingOptions> }
  | { type: 'beats'; beats: Beat[] }
  | { type: 'coherenceFrom'; tMs: number | null }
  | { type: 'summarize'; requestId?: string; input: SessionInput };

export type WorkerErrorCode = 'bad-message' | 'analysis-failed';

/** Messages the worker posts back. */
export type WorkerReply =
  | { type: 'metrics'; metrics: LiveMetrics }
  | { type: 'summary'; requestId?: string; summary: SessionSummary }
  | { type: 'error'; code: WorkerErrorCode; message: string; requestType?: string };
