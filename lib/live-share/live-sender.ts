// The client's side of a live share: beats queue here after the journal has them, and about once a
// second one small batch goes out. One request at a time; a failed one leaves its beats queued for the
// next try (the newest LIVE_MAX_BATCH_BEATS only: the live view is the last minutes, the journal holds
// the rest). Nothing here can hold up the session: sending is fire-and-forget for the caller.
import { LIVE_MAX_BATCH_BEATS, type LiveBatch, type LiveBeat } from './live-share-types';

/** ok: stored; retry: try again later (offline, busy, rate-limited); refused: stop sharing (ended, no link). */
export type SendOutcome = 'ok' | 'retry' | 'refused';

export type LiveState = Omit<LiveBatch, 'sessionId' | 'beats'>;

export class LiveSender {
  private pending: LiveBeat[] = [];
  private lastQueuedMs = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<SendOutcome> | null = null;
  private done = false;

  constructor(
    private readonly sessionId: string,
    private readonly send: (batch: LiveBatch) => Promise<SendOutcome>,
  ) {}

  get stopped(): boolean {
    return this.done;
  }

  /** Queues beats not queued before (the caller may hand over an overlapping window). */
  queue(beats: readonly LiveBeat[]): void {
    if (this.done) return;
    for (const b of beats) {
      if (b.tMs <= this.lastQueuedMs) continue;
      this.pending.push({ tMs: b.tMs, rrMs: b.rrMs });
      this.lastQueuedMs = b.tMs;
    }
    if (this.pending.length > LIVE_MAX_BATCH_BEATS) this.pending.splice(0, this.pending.length - LIVE_MAX_BATCH_BEATS);
  }

  /**
   * Sends what is queued with the state now; a no-op while a request is out. Never rejects. Null when
   * nothing was sent, or when the share was stopped while the request was out: its answer then says
   * nothing about the share any more (an "ok" must not make a stopped share look running again).
   */
  async flush(state: LiveState): Promise<SendOutcome | null> {
    if (this.done || this.inFlight) return null;
    const beats = this.pending.slice();
    const request = this.sendSafely({ sessionId: this.sessionId, ...state, beats });
    this.inFlight = request;
    const outcome = await request;
    this.inFlight = null;
    if (this.done) return null;
    if (outcome === 'ok') {
      const sentUntil = beats[beats.length - 1]?.tMs ?? Number.NEGATIVE_INFINITY;
      this.pending = this.pending.filter((b) => b.tMs > sentUntil);
    }
    if (outcome === 'refused') this.stop();
    return outcome;
  }

  /**
   * Stops and ends the share on the server: at once, and again once a request that was out is answered.
   * The server refuses a batch for an ended share, but a first batch still on its way would open one
   * after an end that found nothing to end.
   */
  end(endShare: () => void): void {
    const out = this.inFlight;
    this.stop();
    endShare();
    if (out) void out.then(endShare);
  }

  private stop(): void {
    this.done = true;
    this.pending = [];
  }

  private async sendSafely(batch: LiveBatch): Promise<SendOutcome> {
    try {
      return await this.send(batch);
    } catch {
      return 'retry';
    }
  }
}

/** The browser's request for one batch; the Origin goes with it as with every same-origin write. */
export async function postLiveBatch(batch: LiveBatch): Promise<SendOutcome> {
  const response = await fetch('/api/live', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
  if (response.ok) return 'ok';
  return response.status === 429 || response.status >= 500 ? 'retry' : 'refused';
}

/** Ends the share on the server; keepalive, so it also goes out when the page is being left. */
export function endLiveShare(sessionId: string): void {
  void fetch(`/api/live/${encodeURIComponent(sessionId)}`, { method: 'DELETE', keepalive: true }).catch(() => undefined);
}
