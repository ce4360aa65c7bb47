// The simulated strap as a StrapSource: packets leave on timers as bytes and enter the strap
// client exactly where a real strap's notifications do.
import type { BreathingPattern } from './breathing';
import { createSimulatedPacketStream, type SimulatedPacket, type SimulatedPacketOptions } from './simulated-packets';
import { StrapError, type StrapConnection, type StrapSource, type StrapSourceHandlers } from './strap-source';
import { defaultNow, defaultTimers, type TimerHandle, type Timers } from './timers';

export interface SimulatedSourceOptions extends SimulatedPacketOptions {
  id?: string;
  name?: string;
  batteryPercent?: number;
  /** Delay before connect() resolves, like a real GATT connection. */
  connectDelayMs?: number;
  now?: () => number;
  timers?: Timers;
}

export interface SimulatedSource extends StrapSource {
  /** Paced breathing starting now: the next inhale begins at this moment. */
  setBreathing(pattern: BreathingPattern): void;
  /** Couples RSA to a pacer: `volumeAt(nowMs)` is lung volume 0…1 on the source's clock. */
  followBreathing(volumeAt: (nowMs: number) => number, cycleS: number): void;
  setMeanHr(bpm: number): void;
  /** Drops the link as a strap out of range would; connects fail until `downForMs` has passed. */
  simulateDrop(downForMs: number): void;
}

export function createSimulatedSource(options: SimulatedSourceOptions = {}): SimulatedSource {
  const now = options.now ?? defaultNow;
  const timers = options.timers ?? defaultTimers;
  const stream = createSimulatedPacketStream(options);
  let startMs: number | null = null;
  let handlers: StrapSourceHandlers | null = null;
  let timer: TimerHandle | null = null;
  let next: SimulatedPacket | null = null;
  let downUntilMs = -Infinity;

  const elapsedMs = () => now() - (startMs ?? now());

  function stop() {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    handlers = null;
  }

  function schedule() {
    // Packets due while disconnected are lost, as they would be over the air.
    next ??= stream.nextPacket();
    while (next.atMs < elapsedMs() - 1) next = stream.nextPacket();
    const packet = next;
    timer = timers.setTimeout(() => {
      timer = null;
      next = null;
      handlers?.packet(new DataView(packet.bytes.buffer, packet.bytes.byteOffset, packet.bytes.byteLength));
      if (handlers) schedule();
    }, Math.max(0, packet.atMs - elapsedMs()));
  }

  return {
    kind: 'simulated',
    id: options.id ?? 'simulated-strap',
    name: options.name ?? 'Simulated strap',
    connect(nextHandlers) {
      stop();
      const open = (): StrapConnection => {
        if (now() < downUntilMs) throw new StrapError('connect-failed');
        startMs ??= now();
        handlers = nextHandlers;
        schedule();
        return { bodySensorLocation: 'chest', batteryPercent: options.batteryPercent ?? 87 };
      };
      const delayMs = options.connectDelayMs ?? 0;
      // No timer for a zero delay: timers round 0 up to 1 ms, which would skew the session clock.
      if (delayMs <= 0) return Promise.resolve().then(open);
      return new Promise((resolve, reject) => {
        timers.setTimeout(() => {
          try {
            resolve(open());
          } catch (error) {
            reject(error);
          }
        }, delayMs);
      });
    },
    disconnect: stop,
    setBreathing(pattern) {
      stream.heart.setBreathing(pattern, startMs === null ? 0 : elapsedMs());
    },
    followBreathing(volumeAt, cycleS) {
      stream.heart.followBreathing((tMs) => volumeAt((startMs ?? now()) + tMs), cycleS);
    },
    setMeanHr: (bpm) => stream.heart.setMeanHr(bpm),
    simulateDrop(downForMs) {
      const current = handlers;
      stop();
      downUntilMs = now() + downForMs;
      current?.disconnected();
    },
  };
}
