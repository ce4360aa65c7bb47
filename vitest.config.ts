import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside a React Server Components bundle; tests run plain Node.
      'server-only': fileURLToPath(new URL('./tests/support/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'tests/e2e/**', '.next/**'],
    environment: 'node',
    testTimeout: 30_000,
    // Opening an embedded PostgreSQL (PGlite) takes seconds, more on a busy machine.
    hookTimeout: 60_000,
  },
});
