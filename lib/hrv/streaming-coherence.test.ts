import { describe, expect, it } from 'vitest';
import { StreamingAnalyser } from './streaming';
import { generateRr } from './synthetic';
import type { Beat } from './types';

function toBeats(rrMs: ArrayLike<number>, startMs = 0): Beat[] {
  let tMs = startMs;
  return Array.from(rrMs, (rr) => ({ tMs: (tMs += rr), rrMs: rr }));
}

const paced = toBeats(generateRr({ beats: 200, meanHrBpm: 66, seed: 5, breathingHz: 0.1, breathingAmpMs: 60 }));

function feed(analyser: StreamingAnalyser, beats: Beat[]) {
  return beats.map((b) => analyser.push([b])).at(-1)!;
}

describe('live coherence rules', () => {
  it('has a value after 30 s or more of clean paced RR', () => {
    expect(feed(new StreamingAnalyser(), paced).coherence).not.toBeNull();
  });

  it('only reads the breathing phase: none in a rest, collecting again when breathing starts', () => {
    const analyser = new StreamingAnalyser();
    analyser.setCoherenceFrom(null);
    expect(feed(analyser, paced.slice(0, 100)).coherence).toBeNull();
    const breathingFrom = paced[99]!.tMs;
    analyser.setCoherenceFrom(breathingFrom);
    // 20 beats (~18 s) of breathing are too few, whatever the rest before held.
    expect(feed(analyser, paced.slice(100, 120)).coherence).toBeNull();
    expect(feed(analyser, paced.slice(120)).coherence).not.toBeNull();
  });

  it('never spans a connection gap and goes back to collecting after one', () => {
    const analyser = new StreamingAnalyser();
    expect(feed(analyser, paced).coherence).not.toBeNull();
    // Two minutes without beats, then a few seconds of beats: the old value must not stay on screen.
    const offset = paced.at(-1)!.tMs + 120_000;
    const after = toBeats(
      paced.slice(0, 15).map((b) => b.rrMs),
      offset,
    );
    const metrics = feed(analyser, after);
    expect(metrics.coherence).toBeNull();
  });

  it('comes back from beats after the gap alone', () => {
    const analyser = new StreamingAnalyser();
    feed(analyser, paced);
    const after = toBeats(
      paced.map((b) => b.rrMs),
      paced.at(-1)!.tMs + 120_000,
    );
    expect(feed(analyser, after).coherence).not.toBeNull();
  });
});
