/** One line of `npm run bench` output: `{ name, n, ms, perBeatUs }` (the interface the README documents). */
export interface BenchResult {
  name: string;
  n: number;
  ms: number;
  perBeatUs: number;
}

export interface Benchmark {
  name: string;
  /** Items (beats or packets) processed by one call of `run`. */
  n: number;
  /** Builds the input once, outside the timed part. Returns the timed function. */
  prepare: () => () => void;
}

/** Median wall time over `repeats` runs after a warm-up, so JIT and GC noise does not decide the figure. */
export function measureBenchmark(bench: Benchmark, repeats = 7): BenchResult {
  const run = bench.prepare();
  run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return { name: bench.name, n: bench.n, ms: round(ms, 3), perBeatUs: round((ms * 1000) / bench.n, 4) };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
