import 'server-only';
import { getServerEnv } from '@/server/env';
import { createHrvPool, type HrvPool } from './pool';

// One pool per process, kept on globalThis so development reloads do not start new threads.
const holder = globalThis as typeof globalThis & { herstelHrvPool?: HrvPool };

export function getHrvPool(): HrvPool {
  if (!holder.herstelHrvPool) {
    const env = getServerEnv();
    holder.herstelHrvPool = createHrvPool({ size: env.hrvPoolSize, maxQueue: env.hrvQueueMax });
  }
  return holder.herstelHrvPool;
}

/** Tests change the sizes between cases: the next upload starts a new pool with them. */
export async function resetHrvPool(): Promise<void> {
  const pool = holder.herstelHrvPool;
  holder.herstelHrvPool = undefined;
  await pool?.close();
}
