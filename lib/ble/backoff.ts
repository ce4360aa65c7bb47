// Reconnect policy after a strap drops out. Straps usually come back within seconds (a loose
// electrode, a turned body), so retries start fast; after about a minute a person has to look.

export const RECONNECT_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000, 16000, 30000];

export type BackoffStep = { kind: 'retry'; delayMs: number; attempt: number } | { kind: 'needs-user' };

export interface Backoff {
  /** The wait before the next attempt, or 'needs-user' once every delay was used. */
  next(): BackoffStep;
  /** Attempts handed out since the last reset. */
  attempts(): number;
  reset(): void;
}

export function createBackoff(delaysMs: readonly number[] = RECONNECT_DELAYS_MS): Backoff {
  let attempt = 0;
  return {
    next() {
      const delayMs = delaysMs[attempt];
      if (delayMs === undefined) return { kind: 'needs-user' };
      attempt++;
      return { kind: 'retry', delayMs, attempt };
    },
    attempts: () => attempt,
    reset() {
      attempt = 0;
    },
  };
}

/** A stretch without data, on the session clock; raw RR is stored with these so analysis can skip them. */
export interface Gap {
  startMs: number;
  endMs: number;
}

export interface GapRecorder {
  /** Opens a gap unless one is already open (a failed reconnect does not restart it). */
  open(startMs: number): void;
  /** Closes the open gap and returns it; null when none was open. */
  close(endMs: number): Gap | null;
  isOpen(): boolean;
  gaps(): readonly Gap[];
  clear(): void;
}

export function createGapRecorder(): GapRecorder {
  let openSinceMs: number | null = null;
  let closed: Gap[] = [];
  return {
    open(startMs) {
      if (openSinceMs === null) openSinceMs = startMs;
    },
    close(endMs) {
      if (openSinceMs === null) return null;
      const gap = { startMs: openSinceMs, endMs: Math.max(endMs, openSinceMs) };
      openSinceMs = null;
      closed.push(gap);
      return gap;
    },
    isOpen: () => openSinceMs !== null,
    gaps: () => closed,
    clear() {
      openSinceMs = null;
      closed = [];
    },
  };
}
