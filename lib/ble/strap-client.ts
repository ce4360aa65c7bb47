// One strap connection, independent of transport: status, reconnect with backoff, gap records,
// and the measurement pipeline. Web Bluetooth specifics live in gatt-source.ts and bluetooth-strap.ts.
import { createBackoff, createGapRecorder, RECONNECT_DELAYS_MS, type Gap } from './backoff';
import { createEmitter } from './emitter';
import { createMeasurementPipeline, type MeasurementEvent, type RejectedEvent } from './measurement-pipeline';
import type { StatusEvent, StrapClient, StrapClientOptions, StrapInfo, StrapStatus } from './strap-client-types';
import { StrapError, type StrapSourceHandlers } from './strap-source';
import { defaultNow, defaultTimers, type TimerHandle } from './timers';

export type { StatusEvent, StrapClient, StrapClientOptions, StrapInfo, StrapStatus } from './strap-client-types';

export function createStrapClient(options: StrapClientOptions): StrapClient {
  const { source } = options;
  const now = options.now ?? defaultNow;
  const timers = options.timers ?? defaultTimers;
  const backoff = createBackoff(options.reconnectDelaysMs ?? RECONNECT_DELAYS_MS);
  const gaps = createGapRecorder();
  const events = {
    measurement: createEmitter<MeasurementEvent>(),
    rejected: createEmitter<RejectedEvent>(),
    status: createEmitter<StatusEvent>(),
    battery: createEmitter<number>(),
    gap: createEmitter<Gap>(),
  };
  const pipeline = createMeasurementPipeline({
    driftToleranceMs: options.driftToleranceMs,
    onMeasurement: events.measurement.emit,
    onRejected: events.rejected.emit,
  });

  let originMs = now();
  let status: StrapStatus = 'idle';
  let info: StrapInfo | null = null;
  // Every link attempt gets a new id; events and results from an older link are ignored.
  let linkId = 0;
  let retryTimer: TimerHandle | null = null;
  let inflight: Promise<void> | null = null;
  let droppedLinkId = -1;

  const clock = () => now() - originMs;

  function setStatus(next: StrapStatus, detail: Partial<Omit<StatusEvent, 'status'>> = {}) {
    status = next;
    events.status.emit({ status: next, attempt: 0, retryInMs: null, error: null, ...detail });
  }

  function handlersFor(id: number): StrapSourceHandlers {
    return {
      packet(bytes, arrivalMs) {
        if (id === linkId) pipeline.ingest(bytes, arrivalMs === undefined ? clock() : arrivalMs - originMs);
      },
      battery(percent) {
        if (id !== linkId) return;
        if (info) info = { ...info, batteryPercent: percent };
        events.battery.emit(percent);
      },
      disconnected() {
        if (id !== linkId) return;
        // Dropped while still setting up (e.g. during the optional reads): that attempt failed.
        if (status !== 'connected') {
          droppedLinkId = id;
          return;
        }
        gaps.open(clock());
        backoff.reset();
        scheduleRetry();
      },
    };
  }

  /** Resolves true when this attempt became the live link. */
  async function link(): Promise<boolean> {
    const id = ++linkId;
    const connection = await source.connect(handlersFor(id));
    if (id !== linkId) {
      // Superseded. If the person disconnected meanwhile, this link must not stay open unseen.
      if (status === 'disconnected') source.disconnect();
      return false;
    }
    if (droppedLinkId === id) throw new StrapError('connect-failed');
    info = { kind: source.kind, id: source.id, name: source.name, ...connection };
    const gap = gaps.close(clock());
    if (gap) {
      pipeline.markGap();
      events.gap.emit(gap);
    }
    backoff.reset();
    setStatus('connected');
    if (connection.batteryPercent !== null) events.battery.emit(connection.batteryPercent);
    return true;
  }

  function scheduleRetry() {
    const step = backoff.next();
    if (step.kind === 'needs-user') return setStatus('needs-user');
    setStatus('reconnecting', { attempt: step.attempt, retryInMs: step.delayMs });
    retryTimer = timers.setTimeout(() => {
      retryTimer = null;
      const attemptedLink = linkId + 1;
      link().catch(() => {
        if (attemptedLink === linkId) scheduleRetry();
      });
    }, step.delayMs);
  }

  function cancelRetry() {
    if (retryTimer !== null) timers.clearTimeout(retryTimer);
    retryTimer = null;
  }

  function connect(): Promise<void> {
    if (inflight) return inflight;
    if (status === 'connected') return Promise.resolve();
    cancelRetry();
    setStatus('connecting');
    const attemptedLink = linkId + 1;
    inflight = link()
      .then(() => undefined)
      .catch((cause: unknown) => {
        // Superseded by disconnect() or another connect(): that call decides the status, not this one.
        if (attemptedLink !== linkId) return;
        const error = cause instanceof StrapError ? cause : new StrapError('connect-failed', { cause });
        setStatus('disconnected', { error });
        throw error;
      })
      .finally(() => {
        inflight = null;
      });
    return inflight;
  }

  function disconnect() {
    linkId++;
    cancelRetry();
    if (status === 'connected') gaps.open(clock());
    source.disconnect();
    setStatus('disconnected');
  }

  return {
    source,
    get status() {
      return status;
    },
    get info() {
      return info;
    },
    get gaps() {
      return [...gaps.gaps()];
    },
    get stats() {
      return pipeline.stats();
    },
    connect,
    async reconnect() {
      if (status !== 'needs-user' && status !== 'reconnecting') return connect();
      cancelRetry();
      backoff.reset();
      setStatus('reconnecting', { attempt: 0, retryInMs: 0 });
      const attemptedLink = linkId + 1;
      await link().catch(() => {
        if (attemptedLink === linkId) scheduleRetry();
      });
    },
    disconnect,
    async forget() {
      disconnect();
      info = null;
      await source.forget?.();
    },
    setTimeOrigin(nextOriginMs = now()) {
      const gapOpen = gaps.isOpen();
      originMs = nextOriginMs;
      gaps.clear();
      if (gapOpen) gaps.open(clock());
      pipeline.reset();
    },
    onMeasurement: events.measurement.add,
    onRejected: events.rejected.add,
    onStatus: events.status.add,
    onBattery: events.battery.add,
    onGap: events.gap.add,
  };
}
