// Runs once when the server starts, before the first request: create and migrate the database.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb } = await import('./db/client');
    getDb();
  }
}
