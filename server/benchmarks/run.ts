// The server part of `npm run bench`, started by scripts/bench.ts in a process of its own:
//   TSX_TSCONFIG_PATH=server/benchmarks/tsconfig.bench.json node --import tsx server/benchmarks/run.ts [filter]
// That tsconfig maps `server-only` to the empty stub (the package throws outside Next.js), for CommonJS
// and ESM alike. Not chosen: `--conditions=react-server` also empties server-only, but makes `react` its
// server build, and next/navigation (imported by server/auth) then fails on createContext. A resolve
// hook would have to cover tsx's CommonJS path as well (the package has no "type", so these files load
// as CommonJS), i.e. patch Node's internal Module._resolveFilename; the tsconfig alias is what tsx
// itself resolves in both.
// Prints one JSON line per benchmark, like the rest of `npm run bench`.
import { resetServerEnv } from '@/server/env';
import { selectedServerBenchmarks } from './catalogue';
import { closeAllBenchDatabases } from './databases';
import { measureAsyncBenchmark } from './measure-async';
import { clientsApiBenchmark } from './clients-api';
import { sessionApiBenchmark } from './sessions-api';
import { trendsBenchmark } from './trends-api';

// The bench is not about the upload limiter (30 per 10 min by default): it still counts every upload,
// as in the app, but never refuses one. Without DATABASE_URL the server env asks for no secret; the
// benchmarks bring their own databases and never open the app's.
process.env.UPLOAD_RATE_LIMIT_MAX = String(1_000_000_000);
delete process.env.DATABASE_URL;
resetServerEnv();

async function main(filter: string | undefined): Promise<void> {
  for (const entry of selectedServerBenchmarks(filter)) {
    const bench =
      entry.api === 'sessions'
        ? sessionApiBenchmark(entry.name, entry.apiCase, entry.backend)
        : entry.api === 'trends'
          ? trendsBenchmark(entry.name, entry.layer, entry.backend)
          : clientsApiBenchmark(entry.name, entry.backend);
    const result = await measureAsyncBenchmark(bench);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}

// Ctrl-C: drop the temporary databases first. The handler stays installed, so a second Ctrl-C while
// they are dropped does not cut that short.
let stopping = false;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void closeAllBenchDatabases().finally(() => process.exit(code));
  });
}

main(process.argv[2]).catch(async (error: unknown) => {
  console.error(error);
  await closeAllBenchDatabases();
  process.exit(1);
});
