import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { getDatabase } from '../client';
import type { Database } from '../database';

export interface LimitDecision {
  allowed: boolean;
  /** Seconds until the window ends, when not allowed. */
  retryAfterS: number;
  /** Which window the attempt was counted in: a refund gives it back to that window only. */
  windowStartMs: number;
}

export interface LimitOptions {
  nowMs?: number;
  /** The auth library's database (tests give each auth instance its own); else the app's. */
  database?: Database;
}

/**
 * Counts one attempt under `key` in a fixed window and says whether it is within `max`. One upsert
 * decides, atomically on SQLite and PostgreSQL alike, so every app instance shares the count.
 */
export async function takeRequestLimit(key: string, max: number, windowMs: number, { nowMs = Date.now(), database }: LimitOptions = {}): Promise<LimitDecision> {
  const { db, t } = database ?? (await getDatabase());
  const l = t.requestLimit;
  const expired = sql`${l.windowStartMs} <= ${nowMs - windowMs}`;
  const [row] = await db
    .insert(l)
    .values({ key, windowStartMs: nowMs, count: 1 })
    .onConflictDoUpdate({
      target: l.key,
      set: {
        count: sql`case when ${expired} then 1 else ${l.count} + 1 end`,
        windowStartMs: sql`case when ${expired} then ${nowMs} else ${l.windowStartMs} end`,
      },
    })
    .returning({ count: l.count, windowStartMs: l.windowStartMs });
  const windowStartMs = Number(row?.windowStartMs ?? nowMs);
  if (!row || row.count <= max) return { allowed: true, retryAfterS: 0, windowStartMs };
  return { allowed: false, retryAfterS: Math.max(1, Math.ceil((windowStartMs + windowMs - nowMs) / 1000)), windowStartMs };
}

/**
 * Gives one counted attempt back, for attempts that turn out not to count (a malformed upload, a
 * correct password). Only to the window it was taken from: a refund never eats into a newer window,
 * and never takes the count below zero — so it cannot wipe out anyone else's attempts.
 */
export async function refundRequestLimit(key: string, windowStartMs: number, { database }: Pick<LimitOptions, 'database'> = {}): Promise<void> {
  const { db, t } = database ?? (await getDatabase());
  const l = t.requestLimit;
  await db
    .update(l)
    .set({ count: sql`${l.count} - 1` })
    .where(and(eq(l.key, key), eq(l.windowStartMs, windowStartMs), gt(l.count, 0)));
}
