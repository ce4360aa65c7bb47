import 'server-only';
import { getDatabase } from '@/db/client';
import { installClientAddressStamp } from './client-address';
import { getServerEnv } from './env';

export async function startServer(): Promise<void> {
  try {
    const env = getServerEnv();
    installClientAddressStamp(env.trustedProxyHops);
    await getDatabase();
  } catch (error) {
    console.error(`\n✖ Herstel cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
