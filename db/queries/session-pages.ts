import 'server-only';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import { readableSessionsOf } from '../access';
import { getDatabase } from '../client';
import type { Viewer } from '../viewer';
import { sessionListColumns, type PracticeSessionListRow } from './sessions';

/** Where a page ended: the last row's start and id (ids break ties between sessions started together). */
export interface SessionCursor {
  startedAtMs: number;
  id: string;
}

export interface SessionPage {
  rows: PracticeSessionListRow[];
  /** The cursor for the next (older) page; null when this page is the last. */
  next: SessionCursor | null;
}

/**
 * One page of the viewer's own sessions (or of `ownerId`'s that the viewer may read), newest first, after `cursor`. Keyset paging: a session
 * stored or deleted meanwhile shifts nothing, and every page costs the same however far back it is.
 */
export async function listSessionPage(
  viewer: Viewer,
  { cursor, limit, ownerId = viewer.userId }: { cursor?: SessionCursor; limit: number; ownerId?: string },
): Promise<SessionPage> {
  const { db, t } = await getDatabase();
  const s = t.practiceSession;
  const after = cursor
    ? or(lt(s.startedAt, new Date(cursor.startedAtMs)), and(eq(s.startedAt, new Date(cursor.startedAtMs)), lt(s.id, cursor.id)))
    : undefined;
  // One more than asked for says whether there is a next page without a count.
  const found = await db
    .select(sessionListColumns(t))
    .from(s)
    .where(and(readableSessionsOf(t, viewer, ownerId), after))
    .orderBy(desc(s.startedAt), desc(s.id))
    .limit(limit + 1);
  const rows = found.slice(0, limit);
  const last = rows[rows.length - 1];
  return { rows, next: found.length > limit && last ? { startedAtMs: last.startedAt.getTime(), id: last.id } : null };
}
