// Runs once when the server starts, before the first request: check the configuration, open and
// migrate the database, and stamp each request with the client's address (server/client-address.ts).
// A server that cannot do this stops with a message that says why, instead of failing every request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServer } = await import('./server/start');
  await startServer();
}
