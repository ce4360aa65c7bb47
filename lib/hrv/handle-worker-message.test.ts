import { describe, expect, it } from 'vitest';
import { createWorkerState, handleWorkerMessage } from './handle-worker-message';
import { generateRr } from './synthetic';
import type { Beat } from './types';
import type { WorkerReply } from './worker-protocol';

function beats(n: number): Beat[] {
  let tMs = 0;
  return Array.from(generateRr({ beats: n, meanHrBpm: 70, seed: 1 }), (rr) => ({ tMs: (tMs += rr), rrMs: rr }));
}

function only<T extends WorkerReply['type']>(replies: WorkerReply[], type: T): Extract<WorkerReply, { type: T }> {
  expect(replies).toHaveLength(1);
  expect(replies[0]?.type).toBe(type);
  return replies[0] as Extract<WorkerReply, { type: T }>;
}

describe('handleWorkerMessage', () => {
  it('answers beats with live metrics and reset starts over', () => {
    const all = beats(100);
    let state = createWorkerState();
    let result = handleWorkerMessage(state, { type: 'beats', beats: all.slice(0, 60) });
    state = result.state;
    expect(only(result.replies, 'metrics').metrics.beatCount).toBe(60);
    result = handleWorkerMessage(state, { type: 'beats', beats: all.slice(60) });
    expect(only(result.replies, 'metrics').metrics.beatCount).toBe(100);
    const reset = handleWorkerMessage(result.state, { type: 'reset', options: { rmssdWindowMs: 30_000 } });
    expect(reset.replies).toEqual([]);
    expect(reset.state).not.toBe(result.state);
    const after = handleWorkerMessage(reset.state, { type: 'beats', beats: all.slice(0, 1) });
    expect(only(after.replies, 'metrics').metrics.beatCount).toBe(1);
  });

  it('summarises a session and echoes the request id', () => {
    const input = { beats: beats(200), phases: [{ phase: 'baseline', startS: 0, endS: 80 }, { phase: 'recovery', startS: 80, endS: 170 }] };
    const { replies } = handleWorkerMessage(createWorkerState(), { type: 'summarize', requestId: 'r1', input });
    const reply = only(replies, 'summary');
    expect(reply.requestId).toBe('r1');
    expect(reply.summary.phases.map((p) => p.phase)).toEqual(['baseline', 'recovery']);
    expect(reply.summary.shift.rmssdMs).not.toBeNull();
  });

  it.each([
    ['not an object', 42],
    ['an unknown type', { type: 'explode' }],
    ['beats that are not beats', { type: 'beats', beats: [{ tMs: 'soon', rrMs: 800 }] }],
    ['a summary without phases', { type: 'summarize', input: { beats: [] } }],
  ])('answers %s with a bad-message error', (_name, message) => {
    const state = createWorkerState();
    const result = handleWorkerMessage(state, message);
    expect(result.state).toBe(state);
    expect(only(result.replies, 'error').code).toBe('bad-message');
  });
});
