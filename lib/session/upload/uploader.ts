// Moves finished sessions from the journal to the server, then their check-in. The client-made id makes a
// retry harmless (the server answers 200 for an id it has); one request per id is in flight at a time.
import type { Journal } from '@/lib/session/journal/journal';
import { toSessionUpload } from '@/lib/session/journal/journal';
import type { JournalSession, SyncError, UploadState } from '@/lib/session/journal/journal-types';
import { classifyResponse, sendJson, type SyncOutcome } from './sync-request';

export const RETRY_DELAYS_MS: readonly number[] = [2_000, 5_000, 15_000, 30_000, 60_000, 120_000, 300_000];

export interface UploaderOptions {
  journal: Journal;
  /** Who is signed in now (null: a guest). Only their sessions are sent: the request carries their login. */
  userId: string | null;
  fetch?: typeof fetch;
  retryDelaysMs?: readonly number[];
}

export interface Uploader {
  /** Uploads a finished session (then its check-in) unless done; resolves with the row as stored. */
  sync(id: string): Promise<JournalSession | null>;
  /** Guest sessions of this browser become the signed-in person's, then everything of theirs owed is sent. */
  syncAll(): Promise<void>;
  /**
   * Sends nothing more of this session until the returned release is called: a queued retry, a sync and
   * a syncAll pass it by. Resolves once a request that was out for it is back. For a discard, so that no
   * upload lands on the server after its delete.
   */
  hold(id: string): Promise<() => void>;
  subscribe(listener: (session: JournalSession) => void): () => void;
  dispose(): void;
}

/** Whether this session may go out with `userId`'s login: someone else's never does, a guest's only once adopted. */
export function mayUpload(session: JournalSession, userId: string | null): boolean {
  return session.owner !== null && session.owner === userId;
}

/** Whether the server still owes this session something. */
export function needsSync(session: JournalSession): boolean {
  if (session.status !== 'finished') return false;
  const { status, checkInSynced, checkInError } = session.upload;
  if (status === 'pending' || status === 'needs-sign-in') return true;
  return status === 'done' && session.checkIn !== null && !checkInSynced && checkInError === null;
}

export function createUploader(options: UploaderOptions): Uploader {
  const { journal, userId } = options;
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const inflight = new Map<string, Promise<JournalSession | null>>();
  const again = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const held = new Set<string>();
  const listeners = new Set<(session: JournalSession) => void>();
  let disposed = false;

  async function update(id: string, patch: (upload: UploadState, s: JournalSession) => Partial<UploadState>) {
    const stored = await journal.updateSession(id, (s) => ({ ...s, upload: { ...s.upload, ...patch(s.upload, s) } }));
    for (const listener of listeners) listener(stored);
    return stored;
  }

  function scheduleRetry(id: string, attempts: number) {
    if (disposed || held.has(id)) return;
    clearTimeout(timers.get(id));
    const delayMs = delays[Math.min(attempts, delays.length) - 1] ?? delays[delays.length - 1] ?? 60_000;
    timers.set(
      id,
      setTimeout(() => {
        timers.delete(id);
        void sync(id).catch(() => undefined);
      }, delayMs),
    );
  }

  /** The retry/auth/permanent bookkeeping shared by the upload and the check-in request. */
  async function settle(id: string, outcome: Exclude<SyncOutcome, { kind: 'ok' }>, field: 'error' | 'checkInError') {
    if (outcome.kind === 'retry') {
      const stored = await update(id, (u) => ({ attempts: u.attempts + 1, [field]: field === 'error' ? outcome.error : null }));
      scheduleRetry(id, stored.upload.attempts);
      return stored;
    }
    if (outcome.kind === 'auth') return update(id, (u) => (field === 'error' ? { status: 'needs-sign-in', error: outcome.error } : { status: u.status }));
    return update(id, () => (field === 'error' ? { status: 'failed', error: outcome.error } : { checkInError: outcome.error }));
  }

  async function run(id: string): Promise<JournalSession | null> {
    clearTimeout(timers.get(id));
    let session = await journal.getSession(id);
    if (!session || session.status !== 'finished' || disposed || held.has(id) || !mayUpload(session, userId) || session.owner === null) return session;
    const ownerId = session.owner;
    if (session.upload.status === 'pending' || session.upload.status === 'needs-sign-in') {
      const sentCheckIn = session.checkIn;
      const upload = toSessionUpload(session, await journal.readBeats(id));
      if (disposed) return session;
      const outcome = await sendJson(fetchFn, '/api/sessions', 'POST', upload, ownerId).then(classifyResponse);
      if (outcome.kind !== 'ok') return settle(id, outcome, 'error');
      const body = outcome.body as { session?: { summary?: UploadState['serverSummary'] } } | null;
      session = await update(id, (_u, s) => ({
        status: 'done',
        attempts: 0,
        error: null,
        serverSummary: body?.session?.summary ?? null,
        // A 201 stored the check-in sent with it; a 200 (the server had this id) may not have.
        checkInSynced: outcome.status === 201 && sentCheckIn !== null && JSON.stringify(s.checkIn) === JSON.stringify(sentCheckIn),
      }));
    }
    if (session.upload.status === 'done' && session.checkIn !== null && !session.upload.checkInSynced && !disposed) {
      const sent = session.checkIn;
      const outcome = await sendJson(fetchFn, `/api/sessions/${encodeURIComponent(id)}/check-in`, 'PUT', sent, ownerId).then(classifyResponse);
      if (outcome.kind !== 'ok') return settle(id, outcome, 'checkInError');
      session = await update(id, (_u, s) => ({ checkInSynced: JSON.stringify(s.checkIn) === JSON.stringify(sent), checkInError: null, attempts: 0 }));
    }
    return session;
  }

  function sync(id: string): Promise<JournalSession | null> {
    const running = inflight.get(id);
    if (running) {
      // Something changed while a request was out (e.g. the check-in): look again once it is back.
      again.add(id);
      return running;
    }
    const promise = run(id).finally(() => {
      inflight.delete(id);
      if (again.delete(id) && !disposed) void sync(id).catch(() => undefined);
    });
    inflight.set(id, promise);
    return promise;
  }

  return {
    sync,
    async syncAll() {
      if (userId === null || disposed) return;
      for (const session of await journal.listSessions()) {
        if (session.status === 'finished' && session.owner === null && session.upload.status === 'local') {
          await journal.updateSession(session.id, (s) => (s.owner === null ? { ...s, owner: userId, upload: { ...s.upload, status: 'pending' } } : s));
        }
      }
      const owed = (await journal.listSessions()).filter((s) => mayUpload(s, userId) && needsSync(s));
      await Promise.all(owed.map((s) => sync(s.id).catch(() => null)));
    },
    async hold(id) {
      held.add(id);
      clearTimeout(timers.get(id));
      timers.delete(id);
      await inflight.get(id)?.catch(() => undefined);
      return () => {
        held.delete(id);
        // A session kept after all (its delete failed) is sent again, now rather than after the retry's delay.
        void sync(id).catch(() => undefined);
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}

export type { SyncError };
