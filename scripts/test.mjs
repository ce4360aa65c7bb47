// `npm test`: lint, typecheck, unit + integration, then the e2e suite against a production build in
// headless Chromium. Provisions Chromium when none is found (Debian as root: apt-get install chromium).
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { findChromium } from './find-chromium.mjs';

const started = Date.now();

function run(label, command, args, env = {}) {
  const stepStart = Date.now();
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed after ${seconds} s (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${label} (${seconds} s)`);
}

function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    fail(`CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", but nothing is there. Point it at a Chromium or Chrome binary.`);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('\nNo Chromium found: installing Debian’s chromium package (apt-get install -y chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    let install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    if (install.status !== 0) {
      spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
      install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    }
    const installed = findChromium();
    if (install.status === 0 && installed) return installed;
  }
  fail(
    [
      'The end-to-end tests need a headless Chromium (or Chrome), and none was found.',
      'Install one, then run `npm test` again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  Fedora:         sudo dnf install -y chromium',
      '  macOS:          install Google Chrome',
      'Or point CHROMIUM_PATH at an existing Chromium/Chrome binary.',
      '(Playwright’s own browser download is not used: it is not reachable from every machine.)',
    ].join('\n'),
  );
}

/** Where tests/support/test-databases.ts puts the PostgreSQL cases (without the password). */
function describeTestDatabase(url) {
  if (!url) return 'embedded PGlite (set TEST_DATABASE_URL to a postgres:// URL to use a server; multi-instance.spec.ts needs one)';
  try {
    const { hostname, port, pathname } = new URL(url);
    return `the server at ${hostname}:${port || 5432}${pathname} (TEST_DATABASE_URL)`;
  } catch {
    return 'the server at TEST_DATABASE_URL (not a valid URL)';
  }
}

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

run('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
run('typecheck', 'npx', ['tsc', '--noEmit']);
console.log(`\nPostgreSQL for the integration suites: ${describeTestDatabase(process.env.TEST_DATABASE_URL)}`);
run('unit and integration tests', 'npx', ['vitest', 'run']);
const chromium = ensureChromium();
console.log(`\nUsing Chromium at ${chromium}`);
run('production build', 'npx', ['next', 'build']);
run('end-to-end tests', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
console.log(`\n✔ All tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
