import 'server-only';
// A practitioner's view of one client: the client, their shared sessions, one session with its beats,
// and their trends. Each read goes through db/access.ts and is logged in the same transaction; a client
// the practitioner is not (or no longer) linked with answers 404 and leaves no log row.
import { getClientLink } from '@/db/queries/links';
import { getLinkPrescription } from '@/db/queries/prescriptions';
import { listSessionPage, type SessionCursor } from '@/db/queries/session-pages';
import { getSession, type PracticeSessionListRow, type PracticeSessionWithBeats } from '@/db/queries/sessions';
import type { LinkShare } from '@/db/schema/json-types';
import type { Viewer } from '@/db/viewer';
import type { Trends } from '@/lib/trends/types';
import { getTrends, type TrendOptions } from '@/server/trends/get-trends';
import { notFound, requirePractitioner } from './errors';
import { readLogged } from './logged-read';
import { toPrescriptionView, type PrescriptionView } from './prescription-view';

const noClient = () => notFound('No such client.');

export interface ClientView {
  id: string;
  name: string;
  link: { id: string; share: LinkShare; acceptedAt: string };
  prescription: PrescriptionView | null;
}

/** The client's name, the link and its prescription (not logged: no health data). */
export async function getClient(viewer: Viewer, clientId: string): Promise<ClientView> {
  requirePractitioner(viewer);
  const link = await getClientLink(viewer, clientId);
  if (!link) throw noClient();
  const prescription = await getLinkPrescription(viewer, clientId);
  return {
    id: clientId,
    name: link.clientName,
    link: { id: link.id, share: link.share, acceptedAt: link.acceptedAt.toISOString() },
    prescription: prescription ? toPrescriptionView(prescription) : null,
  };
}

export interface ClientSessionPage {
  rows: PracticeSessionListRow[];
  next: SessionCursor | null;
}

/** The client's sessions the practitioner may read, newest first (a page, as the person's own list). */
export async function listClientSessions(viewer: Viewer, clientId: string, { cursor, limit = 100 }: { cursor?: SessionCursor; limit?: number } = {}): Promise<ClientSessionPage> {
  requirePractitioner(viewer);
  const page = await readLogged(viewer, async () => {
    if (!(await getClientLink(viewer, clientId))) return undefined;
    const value = await listSessionPage(viewer, { cursor, limit, ownerId: clientId });
    return { value, entries: [{ clientId, what: 'client-sessions' as const }] };
  });
  if (!page) throw noClient();
  return page;
}

/** One shared session with its beats, as the client sees it; 404 when hidden, unshared or not there. */
export async function getClientSession(viewer: Viewer, clientId: string, sessionId: string): Promise<PracticeSessionWithBeats> {
  requirePractitioner(viewer);
  const row = await readLogged(viewer, async () => {
    const found = await getSession(viewer, sessionId, { ownerId: clientId });
    return found ? { value: found, entries: [{ clientId, what: 'session' as const, sessionId }] } : undefined;
  });
  if (!row) throw notFound('No such session.');
  return row;
}

/** The client's trends from what they share, in their time zone: the same answer as their own /api/trends. */
export async function getClientTrends(viewer: Viewer, clientId: string, options: Omit<TrendOptions, 'ownerId'> = {}): Promise<Trends> {
  requirePractitioner(viewer);
  const trends = await readLogged(viewer, async () => {
    if (!(await getClientLink(viewer, clientId))) return undefined;
    const value = await getTrends(viewer, { ...options, ownerId: clientId });
    return { value, entries: [{ clientId, what: 'trends' as const }] };
  });
  if (!trends) throw noClient();
  return trends;
}
