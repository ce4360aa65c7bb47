// `npm run seed:demo`: starts server/demo/seed-demo.ts under tsx with server-only mapped to its stub
// (server/benchmarks/tsconfig.bench.json), as `npm run bench` starts the server benchmarks.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.cwd();
const tsxLoader = pathToFileURL(createRequire(path.join(root, 'package.json')).resolve('tsx')).href;
const result = spawnSync(process.execPath, ['--import', tsxLoader, path.join(root, 'server/demo/seed-demo.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TSX_TSCONFIG_PATH: path.join(root, 'server/benchmarks/tsconfig.bench.json') },
});
process.exit(result.status ?? 1);
