import { defineConfig } from 'drizzle-kit';

// The embedded default. PostgreSQL has its own: drizzle.pg.config.ts (`npm run db:generate` runs both).
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/sqlite/index.ts',
  out: './db/migrations/sqlite',
  dbCredentials: { url: process.env.DATABASE_PATH ?? './data/herstel.db' },
});
