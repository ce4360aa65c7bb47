import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database, Db } from '../database';

export interface JoinedTransactions {
  transaction: Database['transaction'];
  /** The open transaction of this async context, else the database itself. */
  current(): Db;
}

/**
 * A PostgreSQL transaction function where a transaction inside a transaction joins the open one, as on
 * SQLite, rather than taking a second connection (node-postgres: one that could wait forever on locks
 * the first holds; PGlite: queued behind the open one for good). `current()` lets a query that takes the
 * database (`getDatabase().db`) inside a transaction run in it too, as every query does on SQLite: a read
 * and the access-log row it writes land together.
 */
export function joinedTransactions(db: Db): JoinedTransactions {
  const open = new AsyncLocalStorage<Db>();
  return {
    transaction: (fn) => {
      const current = open.getStore();
      return current ? fn(current) : db.transaction((tx) => open.run(tx, () => fn(tx)));
    },
    current: () => open.getStore() ?? db,
  };
}
