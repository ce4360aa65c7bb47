import 'server-only';
// The person's own settings kept with their account: the time zone their days are counted in and their
// daily practice goal.
import { and, eq, isNull } from 'drizzle-orm';
import { readablePeople } from '../access';
import { validTimeZone } from '@/lib/i18n/time-zone';
import { getDatabase } from '../client';
import type { Viewer } from '../viewer';

export const dailyGoalLimits = { min: 1, max: 120, defaultMinutes: 5 } as const;

export class InvalidPreferenceError extends Error {}

/** The viewer's zone, or a linked client's (`personId`), whose days a practitioner reads in the client's zone. */
export async function getTimeZone(viewer: Viewer, personId = viewer.userId): Promise<string | null> {
  const { db, t } = await getDatabase();
  const [row] = await db.select({ timeZone: t.user.timeZone }).from(t.user).where(and(eq(t.user.id, personId), readablePeople(t, viewer)));
  return row?.timeZone ?? null;
}

/** Stores the zone under the name Intl resolves it to; an unknown zone is refused. */
export async function setTimeZone(viewer: Viewer, zone: string): Promise<string> {
  const resolved = validTimeZone(zone);
  if (!resolved) throw new InvalidPreferenceError(`Unknown time zone: ${zone}`);
  const { db, t } = await getDatabase();
  await db.update(t.user).set({ timeZone: resolved }).where(eq(t.user.id, viewer.userId));
  return resolved;
}

/**
 * The person's zone, storing `proposed` first when they have none: the first upload names it. Two uploads
 * at once agree, because only the one that finds the column empty writes.
 */
export async function claimTimeZone(viewer: Viewer, proposed: string): Promise<string> {
  const resolved = validTimeZone(proposed) ?? 'UTC';
  const { db, t } = await getDatabase();
  await db.update(t.user).set({ timeZone: resolved }).where(and(eq(t.user.id, viewer.userId), isNull(t.user.timeZone)));
  return (await getTimeZone(viewer)) ?? resolved;
}

export async function getDailyGoal(viewer: Viewer, personId = viewer.userId): Promise<number> {
  const { db, t } = await getDatabase();
  const [row] = await db.select({ minutes: t.user.dailyGoalMinutes }).from(t.user).where(and(eq(t.user.id, personId), readablePeople(t, viewer)));
  return row?.minutes ?? dailyGoalLimits.defaultMinutes;
}

export async function setDailyGoal(viewer: Viewer, minutes: number): Promise<number> {
  if (!Number.isInteger(minutes) || minutes < dailyGoalLimits.min || minutes > dailyGoalLimits.max) {
    throw new InvalidPreferenceError(`A daily goal is a whole number of minutes from ${dailyGoalLimits.min} to ${dailyGoalLimits.max}.`);
  }
  const { db, t } = await getDatabase();
  await db.update(t.user).set({ dailyGoalMinutes: minutes }).where(eq(t.user.id, viewer.userId));
  return minutes;
}
