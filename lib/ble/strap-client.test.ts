import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Gap } from './backoff';
import { createGattSource } from './gatt-source';
import type { MeasurementEvent } from './measurement-pipeline';
import { createStrapClient, type StatusEvent, type StrapClient } from './strap-client';
import { StrapError } from './strap-source';
import { FakeDevice, type FakeStrapOptions } from './testing/fake-bluetooth';

function setup(options: FakeStrapOptions = {}) {
  const device = new FakeDevice(options);
  const client = createStrapClient({ source: createGattSource(device.asBluetoothDevice()), now: () => Date.now() });
  const statuses: StatusEvent[] = [];
  const measurements: MeasurementEvent[] = [];
  const gaps: Gap[] = [];
  const battery: number[] = [];
  client.onStatus((e) => statuses.push(e));
  client.onMeasurement((e) => measurements.push(e));
  client.onGap((g) => gaps.push(g));
  client.onBattery((p) => battery.push(p));
  return { device, client, statuses, measurements, gaps, battery };
}

const beat = [0x16, 60, 0x00, 0x04]; // contact, HR 60, one RR of 1 s

async function dropUntilNeedsUser(client: StrapClient, device: FakeDevice) {
  device.drop();
  await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000 + 8000 + 16000 + 30000);
  expect(client.status).toBe('needs-user');
}

describe('createStrapClient over Web Bluetooth', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('connects, reads location and battery, and emits parsed beats', async () => {
    const { device, client, statuses, measurements, battery } = setup({ bodySensorLocation: 1 });
    await client.connect();
    expect(statuses.map((s) => s.status)).toEqual(['connecting', 'connected']);
    expect(client.info).toEqual({
      kind: 'bluetooth',
      id: 'strap-1',
      name: 'Polar H10 1234',
      bodySensorLocation: 'chest',
      batteryPercent: 80,
    });
    expect(battery).toEqual([80]);

    vi.setSystemTime(5000);
    device.measurement().notify(beat);
    expect(measurements).toHaveLength(1);
    expect(measurements[0]).toMatchObject({
      arrivalMs: 5000,
      anchor: 'start',
      measurement: { hrBpm: 60, contact: 'contact' },
      beats: [{ tMs: 5000, rrMs: 1000, rrRaw: 1024 }],
    });
  });

  it('passes battery notifications on', async () => {
    const { device, client, battery } = setup();
    await client.connect();
    device.characteristic('battery_service', 'battery_level').notify([79]);
    expect(battery).toEqual([80, 79]);
    expect(client.info?.batteryPercent).toBe(79);
  });

  it('works without battery service or body sensor location', async () => {
    const { device, client, measurements } = setup({ battery: null, bodySensorLocation: null });
    await client.connect();
    expect(client.info).toMatchObject({ bodySensorLocation: null, batteryPercent: null });
    device.measurement().notify(beat);
    expect(measurements).toHaveLength(1);
  });

  it('does not wait forever for an optional read that never answers', async () => {
    const { device, client, measurements } = setup({ hangingLocationRead: true });
    const connecting = client.connect();
    await vi.advanceTimersByTimeAsync(3000);
    await connecting;
    expect(client.info).toMatchObject({ bodySensorLocation: null, batteryPercent: 80 });
    device.measurement().notify(beat);
    expect(measurements).toHaveLength(1);
  });

  it('treats a drop during the optional reads as a failed attempt, not a connection', async () => {
    const { device, client } = setup({ hangingLocationRead: true });
    const connecting = client.connect().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    device.drop();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await connecting).toMatchObject({ code: 'connect-failed' });
    expect(client.status).toBe('disconnected');
  });

  it('works with a battery level that cannot notify', async () => {
    const { device, client } = setup({ battery: { percent: 55, notify: false } });
    await client.connect();
    expect(client.info?.batteryPercent).toBe(55);
    expect(device.characteristic('battery_service', 'battery_level').startCount).toBe(0);
  });

  it('rejects a device without the heart rate service with a domain error', async () => {
    const { client, statuses } = setup({ heartRate: false });
    const error = await client.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapError);
    expect((error as StrapError).code).toBe('no-heart-rate-service');
    expect(client.status).toBe('disconnected');
    expect(statuses.at(-1)?.error?.code).toBe('no-heart-rate-service');
  });

  it('reports rejected packets and counts them', async () => {
    const { device, client } = setup();
    const rejected: string[] = [];
    client.onRejected((e) => rejected.push(e.reason));
    await client.connect();
    device.measurement().notify([0x10, 60, 0x00]);
    device.measurement().notify(beat);
    expect(rejected).toEqual(['odd-rr-bytes']);
    expect(client.stats).toMatchObject({ accepted: 1, rejectedTotal: 1 });
  });

  it('reconnects by itself with 1, 2, 4 s waits and records the gap', async () => {
    const { device, client, statuses, gaps, measurements } = setup();
    await client.connect();
    vi.setSystemTime(10_000);
    device.measurement().notify(beat);
    device.drop();
    expect(client.status).toBe('reconnecting');

    await vi.advanceTimersByTimeAsync(1000); // attempt 1 fails
    await vi.advanceTimersByTimeAsync(2000); // attempt 2 fails
    device.inRange = true;
    await vi.advanceTimersByTimeAsync(4000); // attempt 3 succeeds
    expect(client.status).toBe('connected');
    const reconnecting = statuses.filter((s) => s.status === 'reconnecting');
    expect(reconnecting.map((s) => [s.attempt, s.retryInMs])).toEqual([
      [1, 1000],
      [2, 2000],
      [3, 4000],
    ]);
    expect(gaps).toEqual([{ startMs: 10_000, endMs: 17_000 }]);
    expect(client.gaps).toEqual(gaps);

    // Notifications were subscribed again, once: each packet arrives exactly once.
    expect(device.measurement().startCount).toBe(2);
    vi.setSystemTime(18_000);
    device.measurement().notify(beat);
    expect(measurements).toHaveLength(2);
    expect(measurements[1]).toMatchObject({ anchor: 'gap', beats: [{ tMs: 18_000 }] });
  });

  it('re-subscribes on the new characteristic objects a reconnect may bring', async () => {
    const { device, client, measurements } = setup({ freshObjectsOnConnect: true });
    await client.connect();
    const before = device.measurement();
    device.drop();
    device.inRange = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(client.status).toBe('connected');
    expect(device.measurement()).not.toBe(before);
    before.notify(beat); // the old object is dead
    device.measurement().notify(beat);
    expect(measurements).toHaveLength(1);
  });

  it('gives up after the 30 s cap with needs-user, then reconnects on request', async () => {
    const { device, client, statuses, gaps } = setup();
    await client.connect();
    await dropUntilNeedsUser(client, device);
    const retries = statuses.filter((s) => s.status === 'reconnecting').map((s) => s.retryInMs);
    expect(retries).toEqual([1000, 2000, 4000, 8000, 16000, 30000]);
    expect(device.gatt.connectCount).toBe(1 + 6);

    await vi.advanceTimersByTimeAsync(120_000);
    expect(device.gatt.connectCount).toBe(7); // no attempts while waiting for the person

    device.inRange = true;
    await client.reconnect();
    expect(client.status).toBe('connected');
    expect(gaps).toEqual([{ startMs: 0, endMs: 61_000 + 120_000 }]);
  });

  it('runs the backoff again when a requested reconnect fails', async () => {
    const { device, client, statuses } = setup();
    await client.connect();
    await dropUntilNeedsUser(client, device);
    statuses.length = 0;
    await client.reconnect();
    expect(statuses.map((s) => [s.status, s.retryInMs])).toEqual([
      ['reconnecting', 0],
      ['reconnecting', 1000],
    ]);
  });

  it('does not reconnect after a disconnect the person asked for', async () => {
    const { device, client, statuses } = setup();
    await client.connect();
    client.disconnect();
    expect(client.status).toBe('disconnected');
    expect(device.gatt.connected).toBe(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(device.gatt.connectCount).toBe(1);
    expect(statuses.map((s) => s.status)).toEqual(['connecting', 'connected', 'disconnected']);
  });

  it('stops retrying when disconnected while reconnecting', async () => {
    const { device, client } = setup();
    await client.connect();
    device.drop();
    client.disconnect();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(device.gatt.connectCount).toBe(1);
    expect(client.status).toBe('disconnected');
  });

  it('closes a link that completes after the person already disconnected', async () => {
    const { device, client } = setup();
    const connecting = client.connect();
    client.disconnect();
    await connecting;
    expect(client.status).toBe('disconnected');
    expect(device.gatt.connected).toBe(false);
  });

  it('makes beats and gaps relative to the session start', async () => {
    const { device, client, measurements } = setup();
    await client.connect();
    vi.setSystemTime(100_000);
    client.setTimeOrigin();
    vi.setSystemTime(101_000);
    device.measurement().notify(beat);
    expect(measurements[0]).toMatchObject({ arrivalMs: 1000, anchor: 'start', beats: [{ tMs: 1000 }] });
  });

  it('forget() disconnects and revokes the permission', async () => {
    const { device, client } = setup();
    await client.connect();
    await client.forget();
    expect(device.forgotten).toBe(true);
    expect(client.status).toBe('disconnected');
    expect(client.info).toBeNull();
  });
});
