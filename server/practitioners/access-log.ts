import 'server-only';
import { listOwnAccessLog } from '@/db/queries/access-log';
import type { AccessKind } from '@/db/schema/json-types';
import type { Viewer } from '@/db/viewer';

export interface AccessLogEntry {
  /** Null when that practitioner has since deleted their account. */
  practitioner: { id: string; name: string } | null;
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
      practitioner: r.practitionerId !== null && r.practitionerName !== null ? { id: r.practitionerId, name: r.practitionerName } : null,
      what: r.what,
      sessionId: r.sessionId,
      sessionStartedAt: r.sessionStartedAt ? r.sessionStartedAt.toISOString() : null,
      at: r.at.toISOString(),
    })),
  };
}
