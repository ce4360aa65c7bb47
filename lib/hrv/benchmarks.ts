import type { Benchmark } from '../bench/measure';
import { analyzeRecording } from './analyze';
import { StreamingAnalyser } from './streaming';
import { generateRr, injectArtifacts } from './synthetic';
import type { Beat } from './types';

const DAY_BEATS = 100_000;
const SESSION_BEATS = 1_200;

/** Synthetic recordings (seeded) with 1 % injected ectopic, missed and extra beats. */
function recording(beats: number, seed: number): Float64Array {
  return injectArtifacts(generateRr({ beats, meanHrBpm: 70, seed }), 0.01, seed + 1).rrMs;
}

function analysisBench(name: string, beats: number, seed: number): Benchmark {
  return {
    name,
    n: beats,
    prepare: () => {
      const rrMs = recording(beats, seed);
      return () => {
        analyzeRecording(rrMs);
      };
    },
  };
}

export const hrvBenchmarks: Benchmark[] = [
  analysisBench('hrv.analyze.24h', DAY_BEATS, 24),
  analysisBench('hrv.analyze.20min', SESSION_BEATS, 20),
  {
    name: 'hrv.streaming.per-beat',
    n: SESSION_BEATS,
    prepare: () => {
      const rrMs = recording(SESSION_BEATS, 7);
      let tMs = 0;
      const beats: Beat[] = Array.from(rrMs, (rr) => ({ tMs: (tMs += rr), rrMs: rr }));
      return () => {
        const analyser = new StreamingAnalyser();
        for (const beat of beats) analyser.push([beat]);
      };
    },
  },
];
