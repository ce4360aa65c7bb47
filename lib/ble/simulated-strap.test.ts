import { describe, expect, it } from 'vitest';
import { lungVolume, type BreathingPattern } from './breathing';
import { parseHeartRate } from './parse-heart-rate';
import { simulatePackets } from './simulated-packets';
import { createSimulatedHeart, type SimulatedBeat, type SimulatedHeartOptions } from './simulated-strap';

function beatsFor(options: SimulatedHeartOptions, durationMs: number): SimulatedBeat[] {
  const heart = createSimulatedHeart(options);
  const beats: SimulatedBeat[] = [];
  for (let beat = heart.nextBeat(); beat.tMs <= durationMs; beat = heart.nextBeat()) beats.push(beat);
  return beats;
}

/** Power of the RR series at one frequency; beats are unevenly spaced, so sum over beat times. */
function powerAt(beats: readonly SimulatedBeat[], hz: number): number {
  const mean = beats.reduce((sum, b) => sum + b.rrMs, 0) / beats.length;
  let re = 0;
  let im = 0;
  for (const b of beats) {
    const angle = 2 * Math.PI * hz * (b.tMs / 1000);
    re += (b.rrMs - mean) * Math.cos(angle);
    im -= (b.rrMs - mean) * Math.sin(angle);
  }
  return (re * re + im * im) / beats.length;
}

function correlation(xs: readonly number[], ys: readonly number[]): number {
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const y = ys[i] ?? my;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

const PACED: BreathingPattern = { inhaleS: 4, exhaleS: 6 };

describe('simulated heart', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = simulatePackets({ seed: 42 }, 120_000).map((p) => [...p.bytes]);
    const b = simulatePackets({ seed: 42 }, 120_000).map((p) => [...p.bytes]);
    const c = simulatePackets({ seed: 43 }, 120_000).map((p) => [...p.bytes]);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it.each([
    [50, 'low'],
    [65, 'normal'],
    [65, 'high'],
    [90, 'normal'],
  ] as const)('keeps mean HR within ±3 bpm of %i (%s HRV), paced or not', (meanHrBpm, hrv) => {
    for (const breathing of [undefined, PACED]) {
      const beats = beatsFor({ seed: 9, meanHrBpm, hrv, breathing }, 300_000);
      const meanRrMs = beats.reduce((sum, b) => sum + b.rrMs, 0) / beats.length;
      expect(Math.abs(60000 / meanRrMs - meanHrBpm)).toBeLessThan(3);
    }
  });

  it('orders HRV levels: low < normal < high beat-to-beat variability', () => {
    const rmssd = (hrv: 'low' | 'normal' | 'high') => {
      const rr = beatsFor({ seed: 4, hrv, ectopicRate: 0, missedRate: 0 }, 300_000).map((b) => b.rrMs);
      let sum = 0;
      for (let i = 1; i < rr.length; i++) sum += ((rr[i] ?? 0) - (rr[i - 1] ?? 0)) ** 2;
      return Math.sqrt(sum / (rr.length - 1));
    };
    expect(rmssd('low')).toBeLessThan(rmssd('normal'));
    expect(rmssd('normal')).toBeLessThan(rmssd('high'));
  });

  it('oscillates at the breathing frequency: 4 s in / 6 s out gives a 0.1 Hz peak', () => {
    const beats = beatsFor({ seed: 11, breathing: PACED, ectopicRate: 0, missedRate: 0 }, 300_000);
    const atBreathing = powerAt(beats, 0.1);
    for (const other of [0.04, 0.15, 0.2, 0.25, 0.3]) expect(atBreathing).toBeGreaterThan(5 * powerAt(beats, other));
  });

  it('raises heart rate on the inhale and lowers it on the exhale', () => {
    const beats = beatsFor({ seed: 12, breathing: PACED, ectopicRate: 0, missedRate: 0 }, 300_000);
    const hr = beats.map((b) => 60000 / b.rrMs);
    // RR is the interval ending at the beat; its rate belongs to the middle of the interval.
    const volume = beats.map((b) => lungVolume(PACED, b.tMs - b.rrMs / 2));
    expect(correlation(hr, volume)).toBeGreaterThan(0.5);
  });

  it('follows a breathing change live', () => {
    const heart = createSimulatedHeart({ seed: 13, breathing: PACED, ectopicRate: 0, missedRate: 0 });
    const first: SimulatedBeat[] = [];
    const second: SimulatedBeat[] = [];
    while ((first.at(-1)?.tMs ?? 0) < 240_000) first.push(heart.nextBeat());
    heart.setBreathing({ inhaleS: 3, exhaleS: 3 }); // 10 breaths/min
    while ((second.at(-1)?.tMs ?? 0) < 480_000) second.push(heart.nextBeat());
    expect(powerAt(first, 0.1)).toBeGreaterThan(3 * powerAt(first, 1 / 6));
    expect(powerAt(second, 1 / 6)).toBeGreaterThan(3 * powerAt(second, 0.1));
  });

  it('couples to an external pacer', () => {
    const heart = createSimulatedHeart({ seed: 14, ectopicRate: 0, missedRate: 0 });
    const pacer = (tMs: number) => (1 - Math.cos((2 * Math.PI * tMs) / 8000)) / 2; // 8 s cycle
    heart.followBreathing(pacer, 8);
    const beats: SimulatedBeat[] = [];
    while ((beats.at(-1)?.tMs ?? 0) < 300_000) beats.push(heart.nextBeat());
    expect(powerAt(beats, 0.125)).toBeGreaterThan(5 * powerAt(beats, 0.25));
  });

  it('injects ectopic beats at the configured rate, each premature then compensated', () => {
    const beats = beatsFor({ seed: 21, ectopicRate: 0.02, missedRate: 0 }, 4 * 3_600_000);
    const ectopic = beats.map((b, i) => [b, i] as const).filter(([b]) => b.kind === 'ectopic');
    const rate = ectopic.length / beats.length;
    expect(rate).toBeGreaterThan(0.016);
    expect(rate).toBeLessThan(0.024);
    let checked = 0;
    for (const [beat, i] of ectopic) {
      const before = beats[i - 1];
      const after = beats[i + 1];
      if (!before || !after || before.kind !== 'normal') continue;
      expect(beat.rrMs).toBeLessThan(0.85 * before.rrMs);
      expect(after.kind).toBe('compensatory');
      expect(after.rrMs).toBeGreaterThan(before.rrMs);
      checked++;
    }
    expect(checked).toBeGreaterThan(0.9 * ectopic.length);
  });

  it('injects missed beats as two intervals merged', () => {
    const beats = beatsFor({ seed: 22, ectopicRate: 0, missedRate: 0.01 }, 3_600_000);
    const missed = beats.map((b, i) => [b, i] as const).filter(([b]) => b.kind === 'missed');
    expect(missed.length / beats.length).toBeGreaterThan(0.007);
    expect(missed.length / beats.length).toBeLessThan(0.013);
    for (const [beat, i] of missed) {
      const before = beats[i - 1];
      if (before) expect(beat.rrMs / before.rrMs).toBeGreaterThan(1.6);
    }
  });
});

describe('simulated packets', () => {
  const packets = simulatePackets({ seed: 5, ectopicRate: 0.01, missedRate: 0.005 }, 1_800_000);

  it('sends about one packet a second, every one a valid 0x2A37 packet', () => {
    expect(packets.length).toBeGreaterThan(1750);
    expect(packets.length).toBeLessThan(1850);
    for (const packet of packets) {
      const result = parseHeartRate(packet.bytes);
      if (!result.ok) throw new Error(`packet at ${packet.atMs} rejected: ${result.detail}`);
      expect(packet.bytes.length).toBeLessThanOrEqual(20);
      expect(result.measurement.contact).toBe('contact');
      expect(result.measurement.flags.hrUint16).toBe(false);
      expect(result.measurement.rr.length).toBeLessThanOrEqual(3);
    }
  });

  it('carries every beat exactly once, in 1/1024 s', () => {
    const sent = packets.flatMap((p) => p.beats);
    const parsed = packets.flatMap((p) => {
      const result = parseHeartRate(p.bytes);
      return result.ok ? result.measurement.rr : [];
    });
    expect(parsed).toHaveLength(sent.length);
    parsed.forEach((rr, i) => expect(Math.abs(rr.ms - (sent[i]?.rrMs ?? 0))).toBeLessThanOrEqual(0.5));
    for (const p of packets) for (const b of p.beats) expect(b.tMs).toBeLessThanOrEqual(p.atMs);
  });

  it('sometimes includes energy expended, rising over time', () => {
    const energy = packets.flatMap((p) => {
      const result = parseHeartRate(p.bytes);
      return result.ok && result.measurement.energyExpendedKj !== undefined ? [result.measurement.energyExpendedKj] : [];
    });
    expect(energy.length).toBeGreaterThan(100);
    expect(energy.length).toBeLessThan(packets.length / 2);
    expect([...energy].sort((a, b) => a - b)).toEqual(energy);
    expect(energy.at(-1)).toBeGreaterThan(energy[0] ?? Infinity);
  });

  it('reports a heart rate near the beats in the packet', () => {
    for (const packet of packets.slice(10)) {
      const result = parseHeartRate(packet.bytes);
      if (!result.ok) continue;
      expect(result.measurement.hrBpm).toBeGreaterThan(40);
      expect(result.measurement.hrBpm).toBeLessThan(100);
    }
  });
});
