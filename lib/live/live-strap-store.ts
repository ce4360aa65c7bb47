// What the live view shows about a strap, as one immutable snapshot per change, for useSyncExternalStore.
// Holds only the last two minutes of beats, so memory does not grow with a long session.
import type {
  Gap,
  PacketStatsSnapshot,
  SensorContact,
  StatusEvent,
  StrapClient,
  StrapInfo,
  Unsubscribe,
} from '@/lib/ble';

export const liveWindowMs = 120_000;

export interface LiveBeat {
  tMs: number;
  rrMs: number;
}

export interface LiveStrapSnapshot {
  status: StatusEvent;
  info: StrapInfo | null;
  batteryPercent: number | null;
  /** As the strap reported it in its last packet. */
  hrBpm: number | null;
  lastRrMs: number | null;
  contact: SensorContact | null;
  energyExpendedKj: number | null;
  stats: PacketStatsSnapshot;
  beatCount: number;
  /** Session-clock time of the last accepted packet. */
  lastPacketMs: number | null;
  /** Beats of the last `liveWindowMs`, oldest first. */
  recent: readonly LiveBeat[];
  gaps: readonly Gap[];
}

export interface LiveStrapStore {
  getSnapshot(): LiveStrapSnapshot;
  subscribe(listener: () => void): Unsubscribe;
  /** Follows one client's events; detaches from the previous one. */
  attach(client: StrapClient): void;
  detach(): void;
  /** Detaches and forgets everything shown, e.g. after "forget this strap". */
  clear(): void;
}

const emptyStats: PacketStatsSnapshot = {
  accepted: 0,
  rejectedTotal: 0,
  rejected: { empty: 0, 'too-short': 0, 'odd-rr-bytes': 0, 'zero-rr': 0, 'zero-hr': 0 },
};

export const idleSnapshot: LiveStrapSnapshot = {
  status: { status: 'idle', attempt: 0, retryInMs: null, error: null },
  info: null,
  batteryPercent: null,
  hrBpm: null,
  lastRrMs: null,
  contact: null,
  energyExpendedKj: null,
  stats: emptyStats,
  beatCount: 0,
  lastPacketMs: null,
  recent: [],
  gaps: [],
};

export function createLiveStrapStore(): LiveStrapStore {
  let snapshot = idleSnapshot;
  let unsubscribers: Unsubscribe[] = [];
  const listeners = new Set<() => void>();

  const update = (patch: Partial<LiveStrapSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
  };

  function detach() {
    for (const off of unsubscribers) off();
    unsubscribers = [];
  }

  function attach(client: StrapClient) {
    detach();
    update({ ...idleSnapshot, status: { ...idleSnapshot.status, status: client.status }, info: client.info });
    unsubscribers = [
      client.onStatus((status) => update({ status, info: client.info, batteryPercent: client.info?.batteryPercent ?? snapshot.batteryPercent })),
      client.onBattery((batteryPercent) => update({ batteryPercent })),
      client.onRejected(() => update({ stats: client.stats })),
      client.onGap(() => update({ gaps: [...client.gaps] })),
      client.onMeasurement(({ measurement, beats, arrivalMs }) => {
        const cutoffMs = arrivalMs - liveWindowMs;
        const kept = snapshot.recent.filter((beat) => beat.tMs >= cutoffMs);
        for (const beat of beats) kept.push({ tMs: beat.tMs, rrMs: beat.rrMs });
        const last = beats[beats.length - 1];
        update({
          hrBpm: measurement.hrBpm,
          contact: measurement.contact,
          energyExpendedKj: measurement.energyExpendedKj ?? snapshot.energyExpendedKj,
          lastRrMs: last ? last.rrMs : snapshot.lastRrMs,
          beatCount: snapshot.beatCount + beats.length,
          lastPacketMs: arrivalMs,
          recent: kept,
          stats: client.stats,
        });
      }),
    ];
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    attach,
    detach,
    clear() {
      detach();
      update(idleSnapshot);
    },
  };
}
