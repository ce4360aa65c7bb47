// The one place that decides which rows a viewer may read or change, as SQL conditions the queries
// put in their WHERE clause: no page or handler can forget the check, or do it differently.
import { eq, type SQL } from 'drizzle-orm';
import type { Tables } from './database';
import type { Viewer } from './viewer';

/** Sessions the viewer may read: their own. (A client's shared sessions join here with practitioners.) */
export function readableSessions(t: Tables, viewer: Viewer): SQL {
  return eq(t.practiceSession.userId, viewer.userId);
}

/** Sessions the viewer may change or delete: only their own, whoever else may read them. */
export function ownSessions(t: Tables, viewer: Viewer): SQL {
  return eq(t.practiceSession.userId, viewer.userId);
}

/** The practice plan the viewer may read and change: their own only. */
export function ownPlan(t: Tables, viewer: Viewer): SQL {
  return eq(t.practicePlan.userId, viewer.userId);
}

/**
 * The plan a calendar feed opens: the one whose switched-on feed has this token hash. The token is the
 * whole authorisation (calendar apps send no cookie), so this is its only condition.
 */
export function planOfFeed(t: Tables, tokenHash: string): SQL {
  return eq(t.practicePlan.feedTokenHash, tokenHash);
}
