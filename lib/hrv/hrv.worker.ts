/// <reference lib="webworker" />
// Thin shell: all logic lives in handleWorkerMessage, which is unit-tested without a worker.
import { createWorkerState, handleWorkerMessage } from './handle-worker-message';

declare const self: DedicatedWorkerGlobalScope;

let state = createWorkerState();

self.onmessage = (event: MessageEvent<unknown>) => {
  const result = handleWorkerMessage(state, event.data);
  state = result.state;
  for (const reply of result.replies) self.postMessage(reply);
};
