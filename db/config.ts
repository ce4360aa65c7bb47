import path from 'node:path';

/** Which database the app runs on: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export type DatabaseConfig = { dialect: 'postgres'; url: string } | { dialect: 'sqlite'; filePath: string };

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_URL must be a postgres:// or postgresql:// URL (got "${url.split(':')[0]}:…"). Leave it unset for the embedded SQLite database.`);
    }
    return { dialect: 'postgres', url };
  }
  return { dialect: 'sqlite', filePath: path.resolve(/*turbopackIgnore: true*/ env.DATABASE_PATH ?? './data/herstel.db') };
}

/** The URL without its password, for messages. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.dialect === 'sqlite') return `SQLite at ${config.filePath}`;
  try {
    const url = new URL(config.url);
    return `PostgreSQL at ${url.hostname || url.searchParams.get('host') || 'localhost'}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL is not a valid URL)';
  }
}
