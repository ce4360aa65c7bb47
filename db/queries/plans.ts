import 'server-only';
// The practice plan and the hash of its calendar feed's token. Every write runs in a transaction; the
// feed lookup is the one read without a viewer, authorised by the token alone (db/access.ts planOfFeed).
import { eq } from 'drizzle-orm';
import type { Locale } from '@/lib/i18n/locales';
import type { PlanInput } from '@/lib/plan/plan';
import { ownPlan, planOfFeed } from '../access';
import { getDatabase } from '../client';
import type { Tables } from '../database';
import type { Viewer } from '../viewer';

export type PracticePlanRow = Tables['practicePlan']['$inferSelect'];

export async function getPlan(viewer: Viewer): Promise<PracticePlanRow | undefined> {
  const { db, t } = await getDatabase();
  const [row] = await db.select().from(t.practicePlan).where(ownPlan(t, viewer));
  return row;
}

/** Creates or replaces the viewer's plan; its id and feed (on or off) stay as they were. */
export async function savePlan(viewer: Viewer, input: PlanInput, locale: Locale, now = new Date()): Promise<PracticePlanRow> {
  const database = await getDatabase();
  const { t } = database;
  return database.transaction(async (tx) => {
    const values = { weekdays: input.weekdays, timeOfDay: input.timeOfDay, durationMin: input.durationMin, locale, updatedAt: now };
    const [row] = await tx
      .insert(t.practicePlan)
      .values({ id: crypto.randomUUID(), userId: viewer.userId, ...values })
      .onConflictDoUpdate({ target: t.practicePlan.userId, set: values })
      .returning();
    if (!row) throw new Error('The plan was not stored.');
    return row;
  });
}

/** Removes the plan and with it its feed; false when there was none. */
export async function deletePlan(viewer: Viewer): Promise<boolean> {
  const database = await getDatabase();
  const { t } = database;
  return database.transaction(async (tx) => {
    const removed = await tx.delete(t.practicePlan).where(ownPlan(t, viewer)).returning({ id: t.practicePlan.id });
    return removed.length > 0;
  });
}

/**
 * Stores the hash of a new feed token (a renewal replaces the old one, which then opens nothing), or null
 * to switch the feed off. False when the viewer has no plan.
 */
export async function setPlanFeedTokenHash(viewer: Viewer, tokenHash: string | null): Promise<boolean> {
  const database = await getDatabase();
  const { t } = database;
  return database.transaction(async (tx) => {
    const updated = await tx.update(t.practicePlan).set({ feedTokenHash: tokenHash }).where(ownPlan(t, viewer)).returning({ id: t.practicePlan.id });
    return updated.length > 0;
  });
}

/** What the calendar feed needs, and only that: the plan and the zone its time is on. */
export async function getPlanByFeedTokenHash(tokenHash: string) {
  const { db, t } = await getDatabase();
  const p = t.practicePlan;
  const [row] = await db
    .select({ id: p.id, weekdays: p.weekdays, timeOfDay: p.timeOfDay, durationMin: p.durationMin, locale: p.locale, updatedAt: p.updatedAt, timeZone: t.user.timeZone })
    .from(p)
    .innerJoin(t.user, eq(t.user.id, p.userId))
    .where(planOfFeed(t, tokenHash));
  return row;
}
