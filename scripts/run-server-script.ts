// Runs a server-side script (one that imports server/ or db/ code) under tsx with server-only mapped to
// its stub (server/benchmarks/tsconfig.bench.json: the package throws outside Next.js), and exits with
// its status. Used by `npm run seed:demo` and `npm run db:rederive`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function runServerScript(relativePath: string): never {
  const root = process.cwd();
  const tsxLoader = pathToFileURL(createRequire(path.join(root, 'package.json')).resolve('tsx')).href;
  const result = spawnSync(process.execPath, ['--import', tsxLoader, path.join(root, relativePath)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(root, 'server/benchmarks/tsconfig.bench.json') },
  });
  process.exit(result.status ?? 1);
}
