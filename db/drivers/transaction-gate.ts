import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One SQLite connection serves every request, and an async transaction yields between its statements.
 * The gate makes a transaction exclusive: while one is open, statements from any other async context
 * (another request, the auth library) wait until it ends, so nothing slips into it or reads what it
 * has not committed. Statements of the transaction itself — found by their async context — pass.
 */
export interface TransactionGate {
  /** Resolves when the caller may run a statement now. */
  pass(): Promise<void> | undefined;
  /** True inside the open transaction's own async context. */
  inside(): boolean;
  /** Runs `fn` as the only transaction, with the gate closed to everyone else. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
}

export function createTransactionGate(): TransactionGate {
  const context = new AsyncLocalStorage<symbol>();
  let owner: symbol | null = null;
  let ended: Promise<void> = Promise.resolve();

  async function waitForTurn(): Promise<void> {
    while (owner !== null && context.getStore() !== owner) await ended;
  }

  return {
    inside: () => owner !== null && context.getStore() === owner,
    pass: () => (owner === null || context.getStore() === owner ? undefined : waitForTurn()),
    async exclusive(fn) {
      await waitForTurn();
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
