import 'server-only';
import { sql } from 'drizzle-orm';
import { getDatabase } from '../client';

export interface LimitDecision {
  allowed: boolean;
  /** Seconds until the window ends, when not allowed. */
  retryAfterS: number;
}

/**
 * Counts one attempt under `key` in a fixed window and says whether it is within `max`. One upsert
 * decides, atomically on SQLite and PostgreSQL alike, so every app instance shares the count.
 */
export async function takeRequestLimit(key: string, max: number, windowMs: number, nowMs = Date.now()): Promise<LimitDecision> {
  const { db, t } = await getDatabase();
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
  if (!row || row.count <= max) return { allowed: true, retryAfterS: 0 };
  return { allowed: false, retryAfterS: Math.max(1, Math.ceil((Number(row.windowStartMs) + windowMs - nowMs) / 1000)) };
}
