// Injectable time, so reconnect and simulation tests run on fake timers and a fake clock.

export type TimerHandle = unknown;

export interface Timers {
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Looks the globals up at call time (never at import), so fake timers installed later still apply. */
export const defaultTimers: Timers = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Monotonic ms; the same clock a pacer driven by requestAnimationFrame reads. */
export function defaultNow(): number {
  return globalThis.performance.now();
}
