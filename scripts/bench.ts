// `npm run bench`: one JSON line per benchmark, { name, n, ms, perBeatUs }.
import { measureBenchmark, type Benchmark } from '../lib/bench/measure';
import { bleBenchmarks } from '../lib/ble/benchmarks';
import { hrvBenchmarks } from '../lib/hrv/benchmarks';

const all: Benchmark[] = [...bleBenchmarks, ...hrvBenchmarks];
const filter = process.argv[2];
for (const bench of all) {
  if (filter && !bench.name.includes(filter)) continue;
  process.stdout.write(`${JSON.stringify(measureBenchmark(bench))}\n`);
}
