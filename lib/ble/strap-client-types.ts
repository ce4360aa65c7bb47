// The strap client's public shapes, apart from its state machine in strap-client.ts.
import type { Gap } from './backoff';
import type { Listener, Unsubscribe } from './emitter';
import type { MeasurementEvent, RejectedEvent } from './measurement-pipeline';
import type { PacketStatsSnapshot } from './packet-stats';
import type { BodySensorLocation, StrapError, StrapSource } from './strap-source';
import type { Timers } from './timers';

export type StrapStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'disconnected' | 'needs-user';

export interface StatusEvent {
  status: StrapStatus;
  /** Backoff attempt this status refers to (1-based); 0 outside the automatic backoff sequence. */
  attempt: number;
  /** While reconnecting: the wait before the next attempt. */
  retryInMs: number | null;
  error: StrapError | null;
}

export interface StrapInfo {
  kind: StrapSource['kind'];
  id: string;
  name: string;
  bodySensorLocation: BodySensorLocation | null;
  batteryPercent: number | null;
}

export interface StrapClientOptions {
  source: StrapSource;
  /** Monotonic clock in ms; default performance.now(). */
  now?: () => number;
  timers?: Timers;
  reconnectDelaysMs?: readonly number[];
  driftToleranceMs?: number;
}

export interface StrapClient {
  readonly source: StrapSource;
  readonly status: StrapStatus;
  readonly info: StrapInfo | null;
  /** Closed gaps on the session clock, oldest first. */
  readonly gaps: readonly Gap[];
  readonly stats: PacketStatsSnapshot;
  /** Connects now; rejects with a StrapError, leaving status 'disconnected'. */
  connect(): Promise<void>;
  /** The UI's "reconnect" button: one attempt now, then the backoff sequence again if it fails. */
  reconnect(): Promise<void>;
  disconnect(): void;
  /** Disconnects and revokes the device permission (and the remembered strap) where supported. */
  forget(): Promise<void>;
  /**
   * Starts a session clock at `originMs` (default: now): beats and gaps are then relative to it,
   * and beat history, closed gaps and packet counts start afresh.
   */
  setTimeOrigin(originMs?: number): void;
  onMeasurement(listener: Listener<MeasurementEvent>): Unsubscribe;
  onRejected(listener: Listener<RejectedEvent>): Unsubscribe;
  onStatus(listener: Listener<StatusEvent>): Unsubscribe;
  onBattery(listener: Listener<number>): Unsubscribe;
  onGap(listener: Listener<Gap>): Unsubscribe;
}
