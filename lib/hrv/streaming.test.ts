import { describe, expect, it } from 'vitest';
import { detectArtifacts, excludedBeats } from './artifacts';
import { StreamingAnalyser, type LiveMetrics } from './streaming';
import { FINAL_LAG } from './streaming-detector';
import { generateRr, injectArtifacts } from './synthetic';
import { computeTimeDomain, computeTimeDomainFromSegments } from './time-domain';
import { KIND_BY_CODE, type Beat } from './types';

function toBeats(rrMs: ArrayLike<number>, startMs = 0): Beat[] {
  let tMs = startMs;
  return Array.from(rrMs, (rr) => ({ tMs: (tMs += rr), rrMs: rr }));
}

/** Feeds beats in packets of 1–3, as a strap sends them. */
function stream(analyser: StreamingAnalyser, beats: Beat[]): { last: LiveMetrics; finals: Map<number, string> } {
  const finals = new Map<number, string>();
  let last: LiveMetrics | null = null;
  for (let i = 0; i < beats.length; ) {
    const size = 1 + (i % 3);
    last = analyser.push(beats.slice(i, i + size));
    for (const f of last.finalFlags) finals.set(f.index, f.kind);
    i += size;
  }
  if (!last) throw new Error('no beats');
  return { last, finals };
}

function windowOf(beats: Beat[], windowMs: number): number[] {
  const endMs = (beats[beats.length - 1] as Beat).tMs;
  return beats.map((b, i) => (b.tMs > endMs - windowMs ? i : -1)).filter((i) => i >= 0);
}

describe('streaming analyser', () => {
  // Artifacts only in the first 1,300 beats, so the last minute and the edge are clean.
  const clean = generateRr({ beats: 1500, meanHrBpm: 72, seed: 21, breathingHz: 0.1, breathingAmpMs: 50 });
  const head = injectArtifacts(clean.slice(0, 1300), 0.03, 22).rrMs;
  const rrMs = Float64Array.from([...head, ...clean.slice(1300)]);
  const beats = toBeats(rrMs);
  const { last, finals } = stream(new StreamingAnalyser(), beats);
  const batch = detectArtifacts(rrMs);

  it('finalises the same flags as the batch detector away from the edges', () => {
    expect(batch.counts.total).toBeGreaterThan(20);
    for (let j = 100; j < rrMs.length - FINAL_LAG; j++) {
      expect(finals.get(j) ?? null, `beat ${j}`).toBe(KIND_BY_CODE[batch.codes[j] as number]);
    }
  });

  it('rolling RMSSD at the end equals batch RMSSD of the last 60 s', () => {
    const idx = windowOf(beats, 60_000);
    const rawExpected = computeTimeDomain(idx.map((i) => rrMs[i] as number)).rmssdMs;
    expect(last.rmssdRawMs).toBeCloseTo(rawExpected, 9);
    // The clean RMSSD leaves out differences touching artifacts; none are left in the last minute.
    const excluded = excludedBeats(batch.codes);
    expect(idx.every((i) => excluded[i] === 0)).toBe(true);
    expect(last.rmssdMs).toBeCloseTo(rawExpected, 9);
    expect(last.rmssdDifferences).toBe(idx.length - 1);
    const first = beats[idx[0] as number]!;
    expect(last.rmssdSpanMs).toBeCloseTo(beats[beats.length - 1]!.tMs - first.tMs, 9);
    expect(last.hrBpm).toBeCloseTo((60000 * 5) / beats.slice(-5).reduce((s, b) => s + b.rrMs, 0), 9);
  });

  it('reports coherence near the 0.1 Hz breathing rhythm', () => {
    expect(last.coherence).not.toBeNull();
    expect(last.coherence ?? 0).toBeGreaterThan(0.4);
    expect(Math.abs((last.coherencePeakHz ?? 0) - 0.1)).toBeLessThan(0.02);
  });

  it('drops a missed beat from the live RMSSD at once (provisional flag) and keeps it out', () => {
    const rr = Array.from(generateRr({ beats: 300, meanHrBpm: 70, seed: 5 }));
    const missedAt = 250;
    rr.splice(missedAt, 2, (rr[missedAt] as number) + (rr[missedAt + 1] as number));
    const b = toBeats(rr);
    const analyser = new StreamingAnalyser();
    stream(analyser, b.slice(0, missedAt));
    const now = analyser.push([b[missedAt] as Beat]);
    expect(now.provisionalFlags).toContainEqual({ index: missedAt, kind: 'missed' });
    const { last: end } = stream(analyser, b.slice(missedAt + 1));
    const idx = windowOf(b, 60_000);
    const runs = [idx.filter((i) => i < missedAt), idx.filter((i) => i > missedAt)].map((r) => r.map((i) => rr[i] as number));
    expect(end.rmssdMs).toBeCloseTo(computeTimeDomainFromSegments(runs).rmssdMs, 9);
    expect(end.rmssdRawMs).toBeGreaterThan(2 * (end.rmssdMs ?? 0));
  });

  it('leaves the difference across a connection gap out of RMSSD', () => {
    const first = toBeats(generateRr({ beats: 40, meanHrBpm: 60, seed: 1 }));
    const second = toBeats(generateRr({ beats: 40, meanHrBpm: 90, seed: 2 }), (first[first.length - 1] as Beat).tMs + 10_000);
    const { last: end } = stream(new StreamingAnalyser(), [...first, ...second]);
    const all = [...first, ...second];
    const idx = windowOf(all, 60_000);
    const runs = [idx.filter((i) => i < 40), idx.filter((i) => i >= 40)].map((r) => r.map((i) => (all[i] as Beat).rrMs));
    expect(end.rmssdRawMs).toBeCloseTo(computeTimeDomainFromSegments(runs).rmssdMs, 9);
  });

  it('ignores beats that are not positive or go back in time', () => {
    const analyser = new StreamingAnalyser();
    analyser.push([{ tMs: 1000, rrMs: 1000 }]);
    const m = analyser.push([{ tMs: 500, rrMs: 800 }, { tMs: 2000, rrMs: -5 }, { tMs: 2000, rrMs: Number.NaN }]);
    expect(m.beatCount).toBe(1);
    expect(m.rmssdMs).toBeNull();
  });
});
