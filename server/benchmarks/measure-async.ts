// lib/bench/measure.ts for code that awaits (a handler, a database): the same result line, the median
// wall time after warm-up runs. A request is noisier than a pure function (I/O, pool, GC), so it takes
// more warm-ups and repeats than the synchronous helper's 1 and 7.
import type { BenchResult } from '@/lib/bench/measure';

export interface AsyncFixture {
  /** Makes the input of one run, untimed (a fresh request), and returns the timed call. */
  nextRun: () => () => Promise<void>;
  close: () => Promise<void>;
}

export interface AsyncBenchmark {
  name: string;
  /** Items one run handles; `perBeatUs` is the median per item (see each benchmark for what an item is). */
  n: number;
  /** Opens and seeds the database and signs in, outside the timed part. */
  prepare: () => Promise<AsyncFixture>;
}

export async function measureAsyncBenchmark(bench: AsyncBenchmark, { warmups = 5, repeats = 21 } = {}): Promise<BenchResult> {
  const fixture = await bench.prepare();
  const times: number[] = [];
  try {
    for (let i = 0; i < warmups; i++) await fixture.nextRun()();
    for (let i = 0; i < repeats; i++) {
      const run = fixture.nextRun();
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
  } finally {
    await fixture.close();
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return { name: bench.name, n: bench.n, ms: round(ms, 3), perBeatUs: round((ms * 1000) / bench.n, 4) };
}

/** The rounding of lib/bench/measure.ts, so the lines look alike. */
function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
