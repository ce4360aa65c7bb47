import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const dataDir = path.resolve('test-results', `e2e-data-${port}`);

// Each run starts on an empty database. Only the main process clears it: workers load this file too.
if (!process.env.TEST_WORKER_INDEX) fs.rmSync(dataDir, { recursive: true, force: true });

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: `test-results/artifacts-${port}`,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      // Web Bluetooth is off on Linux unless enabled; the rest keeps a headless Chromium off the network.
      args: [
        '--enable-features=WebBluetooth',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx next start -p ${port}`,
    url: `${baseURL}/sign-in`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      DATABASE_PATH: path.join(dataDir, 'herstel.db'),
      BETTER_AUTH_URL: baseURL,
      BETTER_AUTH_SECRET: 'e2e-secret-not-for-production-0123456789',
      // The suite signs up many accounts from one address; the limit itself is proven in tests/integration.
      AUTH_RATE_LIMIT_MAX: '1000',
      SIGNUP_RATE_LIMIT_MAX: '1000',
      // Small pages, so the "show older sessions" spec needs only a few uploads.
      SESSIONS_PAGE_SIZE: '4',
    },
  },
});
