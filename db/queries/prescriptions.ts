import 'server-only';
// The practice a practitioner prescribes a client: one current prescription per link, which ends with it.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { clientLinks } from '../access';
import { getDatabase } from '../client';
import type { Tables } from '../database';
import type { PrescribedProtocol } from '../schema/json-types';
import type { Viewer } from '../viewer';

export type PrescriptionRow = Tables['prescription']['$inferSelect'];

export interface PrescriptionInput {
  protocol: PrescribedProtocol;
  timesPerWeek: number;
  minutesPerSession: number;
}

/** The current prescription of the viewer's active link to `clientId`, if any. */
export async function getLinkPrescription(viewer: Viewer, clientId: string): Promise<PrescriptionRow | undefined> {
  const { db, t } = await getDatabase();
  const l = t.practitionerLink;
  const [row] = await db
    .select({ prescription: t.prescription })
    .from(t.prescription)
    .innerJoin(l, eq(l.id, t.prescription.linkId))
    .where(and(eq(l.clientId, clientId), clientLinks(t, viewer)));
  return row?.prescription;
}

/** Sets (or replaces) the prescription on the viewer's active link to `clientId`; undefined without such a link. */
export async function upsertLinkPrescription(viewer: Viewer, clientId: string, input: PrescriptionInput, id: string, now: Date): Promise<PrescriptionRow | undefined> {
  const database = await getDatabase();
  const { t } = database;
  const l = t.practitionerLink;
  return database.transaction(async (tx) => {
    const [link] = await tx.select({ id: l.id }).from(l).where(and(eq(l.clientId, clientId), clientLinks(t, viewer)));
    if (!link) return undefined;
    const [row] = await tx
      .insert(t.prescription)
      .values({ id, linkId: link.id, ...input, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: t.prescription.linkId, set: { ...input, updatedAt: now } })
      .returning();
    return row;
  });
}

export async function deleteLinkPrescription(viewer: Viewer, clientId: string): Promise<boolean> {
  const database = await getDatabase();
  const { t } = database;
  const l = t.practitionerLink;
  return database.transaction(async (tx) => {
    const [link] = await tx.select({ id: l.id }).from(l).where(and(eq(l.clientId, clientId), clientLinks(t, viewer)));
    if (!link) return false;
    const deleted = await tx.delete(t.prescription).where(eq(t.prescription.linkId, link.id)).returning({ id: t.prescription.id });
    return deleted.length > 0;
  });
}

/** The viewer's (a client's) current prescriptions, from each practitioner they are linked with now. */
export async function listOwnPrescriptions(viewer: Viewer): Promise<(PrescriptionRow & { practitionerId: string; practitionerName: string })[]> {
  const { db, t } = await getDatabase();
  const l = t.practitionerLink;
  const rows = await db
    .select({ prescription: t.prescription, practitionerId: l.practitionerId, practitionerName: t.user.name })
    .from(t.prescription)
    .innerJoin(l, eq(l.id, t.prescription.linkId))
    .innerJoin(t.user, eq(t.user.id, l.practitionerId))
    .where(and(eq(l.clientId, viewer.userId), isNull(l.endedAt)))
    .orderBy(asc(l.acceptedAt));
  return rows.map((r) => ({ ...r.prescription, practitionerId: r.practitionerId, practitionerName: r.practitionerName }));
}
