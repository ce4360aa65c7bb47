// The names of the server benchmarks, importable without loading any server code: scripts/bench.ts
// reads them to decide whether to start the server part (run.ts) at all, and run.ts builds from them.
//
// Backends: SQLite is a temporary file (WAL, as the app runs it). PostgreSQL is a fresh database on the
// server at BENCH_DATABASE_URL, else TEST_DATABASE_URL (created for the run and dropped after), named
// `.postgres`; without either it is the embedded PGlite (WASM), named `.postgres-pglite` — its figures
// say little about a real server, so the name tells them apart.

export type BenchBackend = 'sqlite' | 'postgres' | 'postgres-pglite';
export type SessionApiCase = 'post-20min' | 'list-500';
export type TrendsApiCase = 'all-2y';
/**
 * What a trends benchmark times: the whole GET /api/trends handler (named api.trends.*), or the trend
 * query alone through the data layer (db.trends.*). Both have the same target: under 20 ms.
 */
export type TrendsLayer = 'handler' | 'query';
export type ApiCase = SessionApiCase | TrendsApiCase;

export const sessionApiCases: readonly SessionApiCase[] = ['post-20min', 'list-500'];
export const trendsApiCases: readonly TrendsApiCase[] = ['all-2y'];
const trendsLayers: readonly { layer: TrendsLayer; prefix: string }[] = [
  { layer: 'handler', prefix: 'api' },
  { layer: 'query', prefix: 'db' },
];
/** GET /api/clients of a practitioner with 100 clients, each with a year of sessions (clients-api.ts). */
export type ClientsApiCase = 'clients-list-100';

/** The URL of the PostgreSQL server to create the bench database on, if one is given. */
export function postgresServerUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.BENCH_DATABASE_URL?.trim() || env.TEST_DATABASE_URL?.trim() || undefined;
}

export function benchBackends(env: NodeJS.ProcessEnv = process.env): BenchBackend[] {
  return ['sqlite', postgresServerUrl(env) ? 'postgres' : 'postgres-pglite'];
}

export type ServerBenchmarkEntry = { name: string; backend: BenchBackend } & (
  | { api: 'sessions'; apiCase: SessionApiCase }
  | { api: 'trends'; apiCase: TrendsApiCase; layer: TrendsLayer }
  | { api: 'clients'; apiCase: ClientsApiCase }
);

/** In output order: each case on every backend, so the two databases print side by side. */
export function serverBenchmarks(env: NodeJS.ProcessEnv = process.env): ServerBenchmarkEntry[] {
  const backends = benchBackends(env);
  return [
    ...sessionApiCases.flatMap((apiCase) => backends.map((backend) => ({ name: `api.sessions.${apiCase}.${backend}`, api: 'sessions' as const, apiCase, backend }))),
    ...trendsLayers.flatMap(({ layer, prefix }) =>
      trendsApiCases.flatMap((apiCase) => backends.map((backend) => ({ name: `${prefix}.trends.${apiCase}.${backend}`, api: 'trends' as const, apiCase, layer, backend }))),
    ),
    ...backends.map((backend) => ({ name: `api.clients.list-100.${backend}`, api: 'clients' as const, apiCase: 'clients-list-100' as const, backend })),
  ];
}

/** The same selection rule as scripts/bench.ts: a name is run when it contains the filter. */
export function selectedServerBenchmarks(filter: string | undefined, env: NodeJS.ProcessEnv = process.env): ServerBenchmarkEntry[] {
  return serverBenchmarks(env).filter((entry) => !filter || entry.name.includes(filter));
}
