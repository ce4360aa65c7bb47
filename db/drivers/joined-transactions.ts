import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database, Db } from '../database';

/**
 * A PostgreSQL transaction function where a transaction inside a transaction joins the open one, as on
 * SQLite, rather than taking a second connection (node-postgres: one that could wait forever on locks
 * the first holds; PGlite: queued behind the open one for good).
 */
export function joinedTransactions(db: Db): Database['transaction'] {
  const open = new AsyncLocalStorage<Db>();
  return (fn) => {
    const current = open.getStore();
    return current ? fn(current) : db.transaction((tx) => open.run(tx, () => fn(tx)));
  };
}
