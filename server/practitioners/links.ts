import 'server-only';
import { endVisibleLink, listVisibleLinks } from '@/db/queries/links';
import type { LinkShare } from '@/db/schema/json-types';
import type { Viewer } from '@/db/viewer';
import { notFound } from './errors';

export interface LinkView {
  id: string;
  /** The viewer's side of this link. */
  side: 'client' | 'practitioner';
  practitioner: { id: string; name: string };
  client: { id: string; name: string };
  share: LinkShare;
  acceptedAt: string;
}

/** The viewer's active links, as client and as practitioner. */
export async function listLinks(viewer: Viewer): Promise<{ links: LinkView[] }> {
  const rows = await listVisibleLinks(viewer);
  return {
    links: rows.map((l) => ({
      id: l.id,
      side: l.practitionerId === viewer.userId ? 'practitioner' : 'client',
      practitioner: { id: l.practitionerId, name: l.practitionerName },
      client: { id: l.clientId, name: l.clientName },
      share: l.share,
      acceptedAt: l.acceptedAt.toISOString(),
    })),
  };
}

/** Either side ends the link; the very next read through it is refused. */
export async function endLink(viewer: Viewer, linkId: string, now = new Date()): Promise<void> {
  if (!(await endVisibleLink(viewer, linkId, now))) throw notFound('No such link.');
}
