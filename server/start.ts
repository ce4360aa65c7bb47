import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { getDatabase } from '@/db/client';
import { resolveAuthSecret } from './auth/secret';
import { installClientAddressStamp } from './client-address';
import { getServerEnv } from './env';
import { checkDataFolderWritable } from './storage-check';

/** Everything a server needs to answer requests, checked before the first one; throws what is wrong. */
export async function checkServer(): Promise<void> {
  const env = getServerEnv();
  installClientAddressStamp(env.trustedProxyHops);
  if (env.database.dialect === 'sqlite') {
    // Before opening: an unusable folder gets a message naming DATABASE_PATH, not a driver code.
    try {
      fs.mkdirSync(path.dirname(env.database.filePath), { recursive: true, mode: 0o700 });
    } catch {
      // checkDataFolderWritable says what is wrong.
    }
    checkDataFolderWritable(env.database.filePath);
  }
  await getDatabase();
  if (env.dataDir && !env.authSecret) resolveAuthSecret(undefined, env.dataDir);
}

export async function startServer(): Promise<void> {
  try {
    await checkServer();
  } catch (error) {
    console.error(`\n✖ Herstel cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
