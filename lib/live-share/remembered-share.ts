// Whom a session is shared with live, kept in this tab's sessionStorage for the session's id: a reload
// mid-session then resumes the share the person chose for it, and no other session inherits it.
const key = (sessionId: string) => `herstel-live-share:${sessionId}`;

export function rememberShare(storage: Storage, sessionId: string, names: readonly string[]): void {
  try {
    storage.setItem(key(sessionId), JSON.stringify(names));
  } catch {
    // Storage refused (a private mode): a reload then simply does not share again.
  }
}

/** The names the session was shared with, or null when it was not (or storage cannot tell). */
export function rememberedShare(storage: Storage, sessionId: string): string[] | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key(sessionId)) ?? 'null');
    return Array.isArray(parsed) && parsed.length > 0 && parsed.every((n) => typeof n === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

export function forgetShare(storage: Storage, sessionId: string): void {
  try {
    storage.removeItem(key(sessionId));
  } catch {
    // Nothing to forget where nothing could be stored.
  }
}
