import { describe, expect, it } from 'vitest';
import { createBeatTimeline } from './beat-timeline';
import type { RrInterval } from './parse-heart-rate';
import { simulatePackets } from './simulated-packets';
import { parseHeartRate } from './parse-heart-rate';

const rr = (...raws: number[]): RrInterval[] => raws.map((raw) => ({ raw, ms: (raw * 1000) / 1024 }));
const times = (step: { beats: { tMs: number }[] }) => step.beats.map((b) => b.tMs);

describe('createBeatTimeline', () => {
  it('anchors the first packet so its last beat lands at arrival', () => {
    const timeline = createBeatTimeline();
    const step = timeline.push(rr(1024, 1024), 5000);
    expect(step.anchor).toBe('start');
    expect(times(step)).toEqual([4000, 5000]);
    expect(step.beats[0]).toEqual({ tMs: 4000, rrMs: 1000, rrRaw: 1024 });
  });

  it('follows the running RR sum, not the jittery arrival times', () => {
    const timeline = createBeatTimeline();
    timeline.push(rr(1024), 1000);
    const late = timeline.push(rr(1024), 2900); // arrived 900 ms after the beat
    expect(late.anchor).toBeNull();
    expect(times(late)).toEqual([2000]);
    expect(times(timeline.push(rr(512, 512), 3100))).toEqual([2500, 3000]);
  });

  it('gives no beats for packets without RR and keeps its place', () => {
    const timeline = createBeatTimeline();
    timeline.push(rr(1024), 1000);
    expect(timeline.push([], 2000)).toEqual({ beats: [], anchor: null });
    expect(timeline.push([], 3000).beats).toHaveLength(0);
    // Two quiet packets, then a long beat (40 bpm); still on the running sum.
    expect(times(timeline.push(rr(1536), 3600))).toEqual([2500]);
    expect(timeline.lastBeatMs()).toBe(2500);
  });

  it('re-anchors when the sum falls behind arrival by more than the tolerance (lost packets)', () => {
    const timeline = createBeatTimeline({ driftToleranceMs: 2500 });
    timeline.push(rr(1024), 1000);
    // Packets for 2–4 s were lost: the sum predicts 2000, the packet arrives at 5000.
    const step = timeline.push(rr(1024), 5000);
    expect(step.anchor).toBe('drift');
    expect(times(step)).toEqual([5000]);
    expect(step.beats[0]?.rrMs).toBe(1000);
  });

  it('does not re-anchor within the tolerance', () => {
    const timeline = createBeatTimeline({ driftToleranceMs: 2500 });
    timeline.push(rr(1024), 1000);
    expect(timeline.push(rr(1024), 4400).anchor).toBeNull();
  });

  it('re-anchors when the sum runs ahead of arrival, keeping beat times increasing', () => {
    const timeline = createBeatTimeline({ driftToleranceMs: 1000 });
    timeline.push(rr(1024), 10_000);
    const step = timeline.push(rr(1024, 1024, 1024), 11_500); // predicts 13 000
    expect(step.anchor).toBe('drift');
    const t = times(step);
    expect(t.at(-1)).toBeGreaterThan(10_000);
    expect(t[0]).toBeGreaterThan(10_000);
    expect([...t].sort((a, b) => a - b)).toEqual(t);
  });

  it('re-anchors after a recorded gap even when the sum would agree', () => {
    const timeline = createBeatTimeline();
    timeline.push(rr(1024), 1000);
    timeline.markGap();
    const step = timeline.push(rr(1024), 2500);
    expect(step.anchor).toBe('gap');
    expect(times(step)).toEqual([2500]);
    expect(timeline.push(rr(1024), 3600).anchor).toBeNull();
  });

  it('places the first beats after a reconnect gap at the arrival time', () => {
    const timeline = createBeatTimeline();
    timeline.push(rr(1024), 1000);
    timeline.markGap(); // strap gone for 20 s
    expect(times(timeline.push(rr(1024, 1024), 22_000))).toEqual([21_000, 22_000]);
  });

  it('treats a gap before any beat as the start', () => {
    const timeline = createBeatTimeline();
    timeline.markGap();
    expect(timeline.push(rr(1024), 1000).anchor).toBe('start');
  });

  it('starts over after reset', () => {
    const timeline = createBeatTimeline();
    timeline.push(rr(1024), 50_000);
    timeline.reset();
    expect(timeline.lastBeatMs()).toBeNull();
    expect(timeline.push(rr(1024), 2000)).toMatchObject({ anchor: 'start', beats: [{ tMs: 2000 }] });
  });

  it('stays on the RR sum through 30 min of simulated packets with BLE latency', () => {
    const packets = simulatePackets({ seed: 3 }, 30 * 60_000);
    const timeline = createBeatTimeline();
    let latencySeed = 1;
    const anchors: string[] = [];
    let maxErrorMs = 0;
    for (const packet of packets) {
      latencySeed = (latencySeed * 48271) % 2147483647;
      const latencyMs = 30 + (latencySeed % 400); // 30–430 ms
      const result = parseHeartRate(packet.bytes);
      if (!result.ok) throw new Error(result.detail);
      const step = timeline.push(result.measurement.rr, packet.atMs + latencyMs);
      if (step.anchor) anchors.push(step.anchor);
      step.beats.forEach((beat, i) => {
        maxErrorMs = Math.max(maxErrorMs, Math.abs(beat.tMs - (packet.beats[i]?.tMs ?? Number.NaN)));
      });
    }
    expect(anchors).toEqual(['start']);
    // Error = the first packet's latency + RR rounding to 1/1024 s, never growing without bound.
    expect(maxErrorMs).toBeLessThan(1500);
  });
});
