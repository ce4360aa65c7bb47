// `npm run bench`: one JSON line per benchmark, { name, n, ms, perBeatUs }. `npm run bench -- sessions`
// runs the benchmarks whose name contains "sessions".
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureBenchmark, type Benchmark } from '../lib/bench/measure';
import { bleBenchmarks } from '../lib/ble/benchmarks';
import { hrvBenchmarks } from '../lib/hrv/benchmarks';
import { selectedServerBenchmarks } from '../server/benchmarks/catalogue';

const all: Benchmark[] = [...bleBenchmarks, ...hrvBenchmarks];
const filter = process.argv[2];
for (const bench of all) {
  if (filter && !bench.name.includes(filter)) continue;
  process.stdout.write(`${JSON.stringify(measureBenchmark(bench))}\n`);
}

// The server benchmarks (api.sessions.*) import server code, which needs `server-only` mapped to a stub:
// they run in a process of their own with tsx's loader and server/benchmarks/tsconfig.bench.json (see
// run.ts there). Plain `node --import tsx` rather than the tsx CLI: the CLI relays Ctrl-C and kills a
// child that does not answer within 30 ms, which may be before it has dropped its temporary database.
if (selectedServerBenchmarks(filter).length > 0) {
  const root = process.cwd();
  const tsxLoader = pathToFileURL(createRequire(path.join(root, 'package.json')).resolve('tsx')).href;
  const server = spawn(process.execPath, ['--import', tsxLoader, path.join(root, 'server/benchmarks/run.ts'), ...(filter ? [filter] : [])], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(root, 'server/benchmarks/tsconfig.bench.json') },
  });
  // Ctrl-C reaches the server part too (same process group); it drops its databases, then exits: wait.
  const wait = () => undefined;
  process.on('SIGINT', wait).on('SIGTERM', wait);
  server.on('error', (error) => {
    console.error(`Cannot start the server benchmarks: ${error.message}`);
    process.exitCode = 1;
  });
  server.on('exit', (code, signal) => {
    if (code !== 0) process.exitCode = code ?? (signal ? 1 : 0);
    process.off('SIGINT', wait).off('SIGTERM', wait);
  });
}
