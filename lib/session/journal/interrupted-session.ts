// Sessions a reload or a crash cut off, and what the person now on /breathe may do with them: only their
// own or a guest's, never one another tab is recording, and continue it only after a short interruption.
import type { Journal } from './journal';
import type { JournalSession } from './journal-types';
import { lockedSessionIds, type SessionLocks } from './session-lock';

/** Longer away, and the resumed session's clock (wall time since its start) heads past the server's 3-hour limit. */
export const RESUME_WITHIN_MS = 30 * 60_000;

/** A guest's session may become whoever's is signed in now; someone else's is never touched. */
export function isOwnSession(session: JournalSession, userId: string | null): boolean {
  return session.owner === null || session.owner === userId;
}

/** Whether "continue" is still offered at wall time `wallNowMs`; "save what was recorded" always is. */
export function canResumeSession(session: JournalSession, wallNowMs: number): boolean {
  const lastSeenAtMs = session.startedAtEpochMs + Math.max(session.lastSeenMs, session.lastBeatMs ?? 0);
  return wallNowMs - lastSeenAtMs <= RESUME_WITHIN_MS;
}

/** Interrupted sessions `userId` may resume, save or discard, newest first. */
export async function listInterruptedSessions(journal: Journal, userId: string | null, locks?: SessionLocks | null): Promise<JournalSession[]> {
  const live = await lockedSessionIds(locks);
  return (await journal.listSessions())
    .filter((s) => s.status === 'recording' && isOwnSession(s, userId) && !live.has(s.id))
    .sort((a, b) => b.startedAtEpochMs - a.startedAtEpochMs);
}
