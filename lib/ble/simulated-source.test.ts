import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeasurementEvent, RejectedEvent } from './measurement-pipeline';
import { simulatePackets } from './simulated-packets';
import { createSimulatedSource } from './simulated-source';
import { createStrapClient } from './strap-client';
import type { Gap } from './backoff';

function setup(seed = 8) {
  const source = createSimulatedSource({ seed, now: () => Date.now() });
  const client = createStrapClient({ source, now: () => Date.now() });
  const measurements: MeasurementEvent[] = [];
  const rejected: RejectedEvent[] = [];
  const gaps: Gap[] = [];
  client.onMeasurement((e) => measurements.push(e));
  client.onRejected((e) => rejected.push(e));
  client.onGap((g) => gaps.push(g));
  return { source, client, measurements, rejected, gaps };
}

describe('simulated strap through the strap client', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('delivers the simulator bytes through the same parser and timeline as a real strap', async () => {
    const { client, measurements, rejected } = setup();
    const connecting = client.connect();
    await vi.advanceTimersByTimeAsync(0);
    await connecting;
    expect(client.info).toMatchObject({ kind: 'simulated', bodySensorLocation: 'chest', batteryPercent: 87 });

    await vi.advanceTimersByTimeAsync(60_000);
    expect(rejected).toHaveLength(0);
    expect(measurements.length).toBeGreaterThan(55);
    expect(measurements.length).toBeLessThan(65);

    // Byte for byte what the pure generator produces for this seed.
    const expected = simulatePackets({ seed: 8 }, 60_000).flatMap((p) => p.beats.map((b) => Math.round((b.rrMs * 1024) / 1000)));
    const received = measurements.flatMap((m) => m.beats.map((b) => b.rrRaw));
    expect(received).toEqual(expected.slice(0, received.length));

    const anchors = measurements.map((m) => m.anchor).filter((a) => a !== null);
    expect(anchors).toEqual(['start']);
    const times = measurements.flatMap((m) => m.beats.map((b) => b.tMs));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('drops out, reconnects with backoff, and records the gap', async () => {
    const { source, client, measurements, gaps } = setup();
    const connecting = client.connect();
    await vi.advanceTimersByTimeAsync(0);
    await connecting;
    await vi.advanceTimersByTimeAsync(10_000);

    source.simulateDrop(2500);
    expect(client.status).toBe('reconnecting');
    const countAtDrop = measurements.length;
    await vi.advanceTimersByTimeAsync(1000); // attempt 1: still down
    expect(client.status).toBe('reconnecting');
    expect(measurements).toHaveLength(countAtDrop);
    await vi.advanceTimersByTimeAsync(2000); // attempt 2 at 13 s: back
    expect(client.status).toBe('connected');
    expect(gaps).toEqual([{ startMs: 10_000, endMs: 13_000 }]);

    await vi.advanceTimersByTimeAsync(5000);
    const after = measurements.slice(countAtDrop);
    expect(after.length).toBeGreaterThan(3);
    expect(after.find((m) => m.beats.length > 0)?.anchor).toBe('gap');
  });

  it('stops sending after disconnect', async () => {
    const { client, measurements } = setup();
    const connecting = client.connect();
    await vi.advanceTimersByTimeAsync(0);
    await connecting;
    await vi.advanceTimersByTimeAsync(5000);
    client.disconnect();
    const count = measurements.length;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(measurements).toHaveLength(count);
  });

  it('couples RSA to the pacer on the clock the UI uses', async () => {
    const { source, client, measurements } = setup(3);
    source.followBreathing((nowMs) => (1 - Math.cos((2 * Math.PI * nowMs) / 10_000)) / 2, 10);
    const connecting = client.connect();
    await vi.advanceTimersByTimeAsync(0);
    await connecting;
    await vi.advanceTimersByTimeAsync(300_000);
    const beats = measurements.flatMap((m) => m.beats);
    const hr = beats.map((b) => 60000 / b.rrMs);
    const volume = beats.map((b) => (1 - Math.cos((2 * Math.PI * (b.tMs - b.rrMs / 2)) / 10_000)) / 2);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const mh = mean(hr);
    const mv = mean(volume);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    hr.forEach((h, i) => {
      const v = volume[i] ?? mv;
      sxy += (h - mh) * (v - mv);
      sxx += (h - mh) ** 2;
      syy += (v - mv) ** 2;
    });
    // Beat times carry the first packet's latency (< 1 s), so the match is loose but clear.
    expect(sxy / Math.sqrt(sxx * syy)).toBeGreaterThan(0.4);
  });
});
