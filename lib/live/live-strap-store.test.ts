import { describe, expect, it } from 'vitest';
import { createStrapClient, type StrapSource, type StrapSourceHandlers } from '@/lib/ble';
import { createLiveStrapStore, liveWindowMs } from './live-strap-store';

/** A transport the test drives by hand: bytes in, disconnects on demand. */
function createManualSource() {
  let handlers: StrapSourceHandlers | null = null;
  const source: StrapSource = {
    kind: 'bluetooth',
    id: 'dev-1',
    name: 'Test strap',
    async connect(next) {
      handlers = next;
      return { bodySensorLocation: 'chest', batteryPercent: 55 };
    },
    disconnect() {
      handlers = null;
    },
  };
  return {
    source,
    send: (bytes: number[], arrivalMs: number) => handlers?.packet(new DataView(new Uint8Array(bytes).buffer), arrivalMs),
    drop: () => handlers?.disconnected(),
  };
}

const rr = (ms: number) => {
  const raw = Math.round((ms * 1024) / 1000);
  return [raw & 0xff, raw >> 8];
};

describe('live strap store', () => {
  it('shows the last packet, counts beats and rejects, and keeps two minutes of beats', async () => {
    let nowMs = 0;
    const manual = createManualSource();
    const client = createStrapClient({ source: manual.source, now: () => nowMs });
    const store = createLiveStrapStore();
    let notifications = 0;
    store.subscribe(() => notifications++);
    store.attach(client);
    await client.connect();

    expect(store.getSnapshot().status.status).toBe('connected');
    expect(store.getSnapshot().info?.bodySensorLocation).toBe('chest');
    expect(store.getSnapshot().batteryPercent).toBe(55);

    // 200 s of one beat a second: the window keeps the last 120 s only.
    for (let i = 1; i <= 200; i++) {
      nowMs = i * 1000;
      manual.send([0x16, 60, ...rr(1000)], nowMs);
    }
    manual.send([0x17, 60], nowMs);
    const snapshot = store.getSnapshot();
    expect(snapshot.hrBpm).toBe(60);
    expect(snapshot.lastRrMs).toBe(1000);
    expect(snapshot.beatCount).toBe(200);
    expect(snapshot.contact).toBe('contact');
    expect(snapshot.stats.rejectedTotal).toBe(1);
    expect(snapshot.stats.rejected['too-short']).toBe(1);
    const span = snapshot.recent[snapshot.recent.length - 1]!.tMs - snapshot.recent[0]!.tMs;
    expect(span).toBeLessThanOrEqual(liveWindowMs);
    expect(snapshot.recent.length).toBeGreaterThanOrEqual(120);
    expect(snapshot.recent.length).toBeLessThanOrEqual(121);
    expect(notifications).toBeGreaterThan(200);
  });

  it('records a gap after a drop and forgets everything on clear', async () => {
    let nowMs = 0;
    const manual = createManualSource();
    const pendingTimers: (() => void)[] = [];
    const client = createStrapClient({
      source: manual.source,
      now: () => nowMs,
      timers: {
        setTimeout: (fn: () => void) => {
          pendingTimers.push(fn);
          return pendingTimers.length;
        },
        clearTimeout: () => undefined,
      },
    });
    const store = createLiveStrapStore();
    store.attach(client);
    await client.connect();
    manual.send([0x16, 60, ...rr(1000)], 1000);
    nowMs = 2000;
    manual.drop();
    expect(store.getSnapshot().status.status).toBe('reconnecting');
    nowMs = 5000;
    pendingTimers.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getSnapshot().status.status).toBe('connected');
    expect(store.getSnapshot().gaps).toEqual([{ startMs: 2000, endMs: 5000 }]);

    store.clear();
    expect(store.getSnapshot().status.status).toBe('idle');
    expect(store.getSnapshot().beatCount).toBe(0);
    manual.send([0x16, 60, ...rr(1000)], 6000);
    expect(store.getSnapshot().beatCount).toBe(0);
  });
});
