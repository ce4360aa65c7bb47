import type { SessionInput } from './session-types';
import { StreamingAnalyser, type StreamingOptions } from './streaming';
import { summarizeSession } from './summary';
import type { Beat } from './types';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export interface WorkerState {
  analyser: StreamingAnalyser;
}

export function createWorkerState(options?: Partial<StreamingOptions>): WorkerState {
  return { analyser: new StreamingAnalyser(options) };
}

/**
 * Everything the HRV worker does, without the worker: validate a posted message, run it against the
 * live analyser or the summary, and say what to post back. Failures become `error` replies, so a bad
 * packet never kills the worker mid-session.
 */
export function handleWorkerMessage(state: WorkerState, message: unknown): { state: WorkerState; replies: WorkerReply[] } {
  const request = toRequest(message);
  if (typeof request === 'string') return { state, replies: [{ type: 'error', code: 'bad-message', message: request }] };
  try {
    switch (request.type) {
      case 'reset':
        return { state: createWorkerState(request.options), replies: [] };
      case 'beats':
        return { state, replies: [{ type: 'metrics', metrics: state.analyser.push(request.beats) }] };
      case 'coherenceFrom':
        state.analyser.setCoherenceFrom(request.tMs);
        return { state, replies: [] };
      case 'summarize':
        return { state, replies: [{ type: 'summary', requestId: request.requestId, summary: summarizeSession(request.input) }] };
    }
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { state, replies: [{ type: 'error', code: 'analysis-failed', message: text, requestType: request.type }] };
  }
}

function toRequest(message: unknown): WorkerRequest | string {
  if (typeof message !== 'object' || message === null || !('type' in message)) return 'message must be an object with a type';
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'reset':
      return { type: 'reset', options: typeof m.options === 'object' && m.options !== null ? (m.options as Partial<StreamingOptions>) : undefined };
    case 'beats':
      if (!Array.isArray(m.beats) || !m.beats.every(isBeat)) return 'beats must be an array of { tMs, rrMs } numbers';
      return { type: 'beats', beats: m.beats };
    case 'coherenceFrom':
      if (m.tMs !== null && (typeof m.tMs !== 'number' || Number.isNaN(m.tMs))) return 'coherenceFrom needs tMs: a number or null';
      return { type: 'coherenceFrom', tMs: m.tMs };
    case 'summarize': {
      const input = m.input as Record<string, unknown> | undefined;
      if (!input || !Array.isArray(input.beats) || !input.beats.every(isBeat) || !Array.isArray(input.phases)) {
        return 'summarize needs input: { beats: { tMs, rrMs }[], phases: { phase, startS, endS }[] }';
      }
      return { type: 'summarize', requestId: typeof m.requestId === 'string' ? m.requestId : undefined, input: input as unknown as SessionInput };
    }
    default:
      return `unknown message type ${JSON.stringify(m.type)}`;
  }
}

function isBeat(value: unknown): value is Beat {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Record<string, unknown>;
  return typeof b.tMs === 'number' && typeof b.rrMs === 'number';
}
