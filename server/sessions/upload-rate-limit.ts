/**
 * Uploads per person in a sliding window. A real person saves a session every few minutes at most; the
 * retries of an offline queue come well under this. It keeps one account from occupying the server with
 * large uploads. In memory: Herstel runs as one server process.
 */
export interface UploadRateLimit {
  /** Counts an attempt; answers the seconds to wait when the person is over the limit, else null. */
  take(userId: string, nowMs?: number): number | null;
}

export function createUploadRateLimit({ max = 30, windowMs = 10 * 60 * 1000 } = {}): UploadRateLimit {
  const attempts = new Map<string, number[]>();
  return {
    take(userId, nowMs = Date.now()) {
      const recent = (attempts.get(userId) ?? []).filter((t) => nowMs - t < windowMs);
      if (recent.length >= max) {
        attempts.set(userId, recent);
        return Math.max(1, Math.ceil((recent[0]! + windowMs - nowMs) / 1000));
      }
      recent.push(nowMs);
      attempts.set(userId, recent);
      return null;
    },
  };
}
