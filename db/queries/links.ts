import 'server-only';
// Invites and the links they make between a practitioner and a client. Who may see or end a link is
// decided in db/access.ts; an invite is found by the hash of its code only.
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { clientLinks, readablePeople, visibleLinks } from '../access';
import { getDatabase } from '../client';
import type { Tables } from '../database';
import type { LinkShare } from '../schema/json-types';
import type { Viewer } from '../viewer';

export type LinkRow = Tables['practitionerLink']['$inferSelect'];
export type InviteRow = Tables['practitionerInvite']['$inferSelect'];

/** Stores a new invite of the viewer (a practitioner: the caller checks the role). */
export async function insertInvite(viewer: Viewer, invite: { id: string; codeHash: string; expiresAt: Date }): Promise<InviteRow> {
  const { db, t } = await getDatabase();
  const [row] = await db
    .insert(t.practitionerInvite)
    .values({ ...invite, practitionerId: viewer.userId })
    .returning();
  return row as InviteRow;
}

/**
 * The practitioner behind an unused, unexpired invite. Anyone holding the code may ask (a signed-out
 * person opening the link sees whose invite it is); the answer names the practitioner only.
 */
export async function findOpenInvite(_viewer: Viewer | null, codeHash: string, now: Date): Promise<{ practitionerId: string; practitionerName: string } | undefined> {
  const { db, t } = await getDatabase();
  const i = t.practitionerInvite;
  const [row] = await db
    .select({ practitionerId: i.practitionerId, practitionerName: t.user.name })
    .from(i)
    .innerJoin(t.user, eq(t.user.id, i.practitionerId))
    .where(and(eq(i.codeHash, codeHash), isNull(i.usedAt), gt(i.expiresAt, now)));
  return row;
}

export type AcceptOutcome =
  | { outcome: 'accepted'; link: LinkRow; practitionerName: string }
  | { outcome: 'not-found' }
  | { outcome: 'own' }
  | { outcome: 'already-linked' };

/** Thrown inside the transaction to roll back the invite's use when the link cannot be made. */
class RolledBack extends Error {
  constructor(readonly outcome: Exclude<AcceptOutcome['outcome'], 'accepted'>) {
    super(outcome);
  }
}

/**
 * Uses the invite and makes the link in one transaction. The invite is marked used by a conditional
 * update, so of two accepts at once exactly one finds it unused; the other gets not-found.
 */
export async function acceptInviteOnce(viewer: Viewer, codeHash: string, share: LinkShare, now: Date, linkId: string): Promise<AcceptOutcome> {
  const database = await getDatabase();
  const { t } = database;
  const i = t.practitionerInvite;
  try {
    return await database.transaction(async (tx) => {
      const [used] = await tx
        .update(i)
        .set({ usedAt: now, usedBy: viewer.userId })
        .where(and(eq(i.codeHash, codeHash), isNull(i.usedAt), gt(i.expiresAt, now)))
        .returning({ practitionerId: i.practitionerId });
      if (!used) throw new RolledBack('not-found');
      if (used.practitionerId === viewer.userId) throw new RolledBack('own');
      // The partial unique index (one active link per pair) decides, also between two accepts at once.
      const [link] = await tx
        .insert(t.practitionerLink)
        .values({ id: linkId, practitionerId: used.practitionerId, clientId: viewer.userId, share, acceptedAt: now })
        .onConflictDoNothing()
        .returning();
      if (!link) throw new RolledBack('already-linked');
      const [practitioner] = await tx.select({ name: t.user.name }).from(t.user).where(eq(t.user.id, used.practitionerId));
      return { outcome: 'accepted' as const, link, practitionerName: practitioner?.name ?? '' };
    });
  } catch (error) {
    if (error instanceof RolledBack) return { outcome: error.outcome };
    throw error;
  }
}

export interface LinkWithPeople extends LinkRow {
  practitionerName: string;
  clientName: string;
}

/** The viewer's active links, on either side, oldest first, with both people's names. */
export async function listVisibleLinks(viewer: Viewer): Promise<LinkWithPeople[]> {
  const { db, t } = await getDatabase();
  const links = await db.select().from(t.practitionerLink).where(visibleLinks(t, viewer)).orderBy(t.practitionerLink.acceptedAt);
  if (links.length === 0) return [];
  const ids = [...new Set(links.flatMap((l) => [l.practitionerId, l.clientId]))];
  const people = await db.select({ id: t.user.id, name: t.user.name }).from(t.user).where(and(inArray(t.user.id, ids), readablePeople(t, viewer)));
  const names = new Map(people.map((p) => [p.id, p.name]));
  return links.map((l) => ({ ...l, practitionerName: names.get(l.practitionerId) ?? '', clientName: names.get(l.clientId) ?? '' }));
}

/** Ends an active link the viewer is on (either side), at once. False when there is no such link. */
export async function endVisibleLink(viewer: Viewer, linkId: string, now: Date): Promise<boolean> {
  const { db, t } = await getDatabase();
  const l = t.practitionerLink;
  const ended = await db
    .update(l)
    .set({ endedAt: now, endedBy: sql`case when ${l.practitionerId} = ${viewer.userId} then 'practitioner' else 'client' end` })
    .where(and(eq(l.id, linkId), visibleLinks(t, viewer)))
    .returning({ id: l.id });
  return ended.length > 0;
}

/** The viewer's active link to `clientId` with the client's name, if the viewer is their practitioner. */
export async function getClientLink(viewer: Viewer, clientId: string): Promise<(LinkRow & { clientName: string }) | undefined> {
  const { db, t } = await getDatabase();
  const l = t.practitionerLink;
  const [row] = await db
    .select({ link: l, clientName: t.user.name })
    .from(l)
    .innerJoin(t.user, eq(t.user.id, l.clientId))
    .where(and(eq(l.clientId, clientId), clientLinks(t, viewer)));
  return row ? { ...row.link, clientName: row.clientName } : undefined;
}
