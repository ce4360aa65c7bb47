import 'server-only';
import { listOwnAccessLog } from '@/db/queries/access-log';
import type { AccessKind } from '@/db/schema/json-types';
import type { Viewer } from '@/db/viewer';

export interface AccessLogEntry {
  practitioner: { id: string; name: string };
  what: AccessKind;
  sessionId: string | null;
  /** The session's start while it still exists (for "your session of …"). */
  sessionStartedAt: string | null;
  at: string;
}

/** Who opened what of the viewer's data, newest first. */
export async function listAccessLog(viewer: Viewer): Promise<{ entries: AccessLogEntry[] }> {
  const rows = await listOwnAccessLog(viewer);
  return {
    entries: rows.map((r) => ({
      practitioner: { id: r.practitionerId, name: r.practitionerName },
      what: r.what,
      sessionId: r.sessionId,
      sessionStartedAt: r.sessionStartedAt ? r.sessionStartedAt.toISOString() : null,
      at: r.at.toISOString(),
    })),
  };
}
