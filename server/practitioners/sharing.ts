import 'server-only';
import { setSessionHidden as storeHidden } from '@/db/queries/sessions';
import type { Viewer } from '@/db/viewer';
import { notFound } from './errors';

/** The owner hides one session from every practitioner (or shows it again), whatever a link shares. */
export async function setSessionHidden(viewer: Viewer, sessionId: string, hidden: boolean): Promise<{ hidden: boolean }> {
  if (!(await storeHidden(viewer, sessionId, hidden))) throw notFound('No such session.');
  return { hidden };
}
