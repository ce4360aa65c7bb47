import 'server-only';
// The practice a practitioner prescribes a linked client, and the client's current prescriptions.
import crypto from 'node:crypto';
import { getClientLink } from '@/db/queries/links';
import { deleteLinkPrescription, getLinkPrescription, listOwnPrescriptions, upsertLinkPrescription } from '@/db/queries/prescriptions';
import type { Viewer } from '@/db/viewer';
import { prescriptionInputSchema } from '@/lib/session/protocol/prescription';
import { AppError } from '@/server/http/app-error';
import { toIssues } from '@/server/sessions/prepare-upload';
import { notFound, requirePractitioner } from './errors';
import { toPrescriptionView, type PrescriptionView } from './prescription-view';

const noClient = () => notFound('No such client.');

/** Null when the linked client has none; 404 when the viewer is not (or no longer) linked with them. */
export async function getClientPrescription(viewer: Viewer, clientId: string): Promise<PrescriptionView | null> {
  requirePractitioner(viewer);
  if (!(await getClientLink(viewer, clientId))) throw noClient();
  const row = await getLinkPrescription(viewer, clientId);
  return row ? toPrescriptionView(row) : null;
}

/** Sets or replaces the prescription; 400 for a rhythm or frequency outside the limits, 404 without an active link. */
export async function setPrescription(viewer: Viewer, clientId: string, input: unknown, now = new Date()): Promise<PrescriptionView> {
  requirePractitioner(viewer);
  const parsed = prescriptionInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError(400, 'invalid-request', 'A rhythm within the breathing set-up’s limits, 1–14 times a week and 1–60 minutes a time.', { issues: toIssues(parsed.error) });
  }
  const row = await upsertLinkPrescription(viewer, clientId, parsed.data, crypto.randomUUID(), now);
  if (!row) throw noClient();
  return toPrescriptionView(row);
}

export async function clearPrescription(viewer: Viewer, clientId: string): Promise<void> {
  requirePractitioner(viewer);
  if (!(await deleteLinkPrescription(viewer, clientId))) throw noClient();
}

export interface OwnPrescriptionView extends PrescriptionView {
  practitioner: { id: string; name: string };
}

/** The viewer's current prescriptions, one per practitioner they are linked with (a practitioner has none). */
export async function listMyPrescriptions(viewer: Viewer): Promise<{ prescriptions: OwnPrescriptionView[] }> {
  const rows = await listOwnPrescriptions(viewer);
  return { prescriptions: rows.map((row) => ({ ...toPrescriptionView(row), practitioner: { id: row.practitionerId, name: row.practitionerName } })) };
}
