import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One SQLite connection serves every request, and an async transaction yields between its statements.
 * The gate makes a transaction exclusive: while one is open, statements from any other async context
 * (another request, the auth library) wait until it ends, so nothing slips into it or reads what it
 * has not committed. Statements of the transaction itself — found by their async context — pass.
 *
 * The check and the claim are never separated by an await: a caller that finds the gate open runs its
 * statement (or claims the gate) in the same synchronous step, so two waiters woken together cannot
 * both get in.
 */
export interface TransactionGate {
  /** True while a transaction is open that the caller is not part of: wait() before running a statement. */
  blocked(): boolean;
  /** Resolves when the open transaction ends (check blocked() again: another may have started). */
  wait(): Promise<void>;
  /** True inside the open transaction's own async context. */
  inside(): boolean;
  /** Runs `fn` as the only transaction, with the gate closed to everyone else. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
}

export function createTransactionGate(): TransactionGate {
  const context = new AsyncLocalStorage<symbol>();
  let owner: symbol | null = null;
  let ended: Promise<void> = Promise.resolve();

  return {
    blocked: () => owner !== null && context.getStore() !== owner,
    wait: () => ended,
    inside: () => owner !== null && context.getStore() === owner,
    async exclusive(fn) {
      while (owner !== null) await ended;
      // Claimed synchronously after the check (see above).
      const token = Symbol('transaction');
      let release!: () => void;
      ended = new Promise((resolve) => (release = resolve));
      owner = token;
      try {
        return await context.run(token, fn);
      } finally {
        owner = null;
        release();
      }
    },
  };
}
