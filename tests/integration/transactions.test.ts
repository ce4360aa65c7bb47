import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDialects, openTestDatabase, type TestDatabase } from '../support/test-databases';

const person = (id: string) => ({ id, name: id, email: `${id}@example.com` });

describe.each(testDialects)('transactions on %s', (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(dialect);
  });
  afterAll(() => test.close());
  beforeEach(() => test.reset());

  it('keeps everything or nothing: a failure inside rolls back what was written before it', async () => {
    const { db, t } = test.database;
    await expect(
      test.database.transaction(async (tx) => {
        await tx.insert(t.user).values(person('anna'));
        await tx.insert(t.user).values(person('anna')); // the same id again: refused
      }),
    ).rejects.toThrow();
    expect(await db.select().from(t.user)).toEqual([]);
  });

  it('never lets another request see what an open transaction has not committed', async () => {
    const { db, t } = test.database;
    let inserted!: () => void;
    let finish!: () => void;
    const insertedOnce = new Promise<void>((resolve) => (inserted = resolve));
    const finishing = new Promise<void>((resolve) => (finish = resolve));
    const transaction = test.database.transaction(async (tx) => {
      await tx.insert(t.user).values(person('bram'));
      inserted();
      await finishing;
      throw new Error('changed my mind');
    });
    await insertedOnce;
    // Issued while the transaction is open (on SQLite it waits for it to end; on PostgreSQL it reads
    // the last committed state): either way it must not see 'bram'.
    // (A drizzle query runs when awaited: then() starts it now.)
    const query = db.select().from(t.user).where(eq(t.user.id, 'bram'));
    const outside = new Promise<unknown[]>((resolve, reject) => query.then(resolve, reject));
    finish();
    await expect(transaction).rejects.toThrow('changed my mind');
    expect(await outside).toEqual([]);
    expect(await db.select().from(t.user)).toEqual([]);
  });

  it('commits what it wrote, visible afterwards to everyone', async () => {
    const { db, t } = test.database;
    const result = await test.database.transaction(async (tx) => {
      await tx.insert(t.user).values(person('cora'));
      return 'done';
    });
    expect(result).toBe('done');
    expect((await db.select({ id: t.user.id }).from(t.user)).map((r) => r.id)).toEqual(['cora']);
  });
});

describe('transactions on sqlite, queued', () => {
  it('runs transactions waiting behind an open one one at a time, and keeps a plain write made meanwhile', async () => {
    const test = await openTestDatabase('sqlite');
    const { db, t } = test.database;
    let finishFirst!: () => void;
    let firstInside!: () => void;
    const firstStarted = new Promise<void>((resolve) => (firstInside = resolve));
    const first = test.database.transaction(async (tx) => {
      await tx.insert(t.user).values(person('t'));
      firstInside();
      await new Promise<void>((resolve) => (finishFirst = resolve));
    });
    await firstStarted;
    let failSecond!: () => void;
    const second = test.database.transaction(async (tx) => {
      await tx.insert(t.user).values(person('a'));
      await new Promise<void>((resolve) => (failSecond = resolve));
      throw new Error('second rolls back');
    });
    const third = test.database.transaction(async (tx) => {
      await tx.insert(t.user).values(person('b'));
    });
    const plainWrite = db.insert(t.user).values(person('c'));
    const plain = new Promise<unknown>((resolve, reject) => plainWrite.then(resolve, reject));
    finishFirst();
    await first;
    // The second now holds the gate: wait until it is inside, then let it fail.
    while (!failSecond) await new Promise((resolve) => setTimeout(resolve, 5));
    failSecond();
    await expect(second).rejects.toThrow('second rolls back');
    await third;
    await plain;
    const ids = (await db.select({ id: t.user.id }).from(t.user)).map((r) => r.id).sort();
    expect(ids).toEqual(['b', 'c', 't']);
    await test.close();
  });
});

describe.each(testDialects)('nested transactions on %s', (dialect) => {
  it('join the open one: one outcome for both, and no second connection is waited for', async () => {
    const test = await openTestDatabase(dialect);
    const { db, t } = test.database;
    await expect(
      test.database.transaction(async (outer) => {
        await outer.insert(t.user).values(person('dana'));
        await test.database.transaction(async (inner) => {
          await inner.insert(t.user).values(person('eva'));
        });
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await db.select().from(t.user)).toEqual([]);
    await test.close();
  });
});
