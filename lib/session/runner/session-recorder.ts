// One running session: strap events → journal (first) → listeners. Owns the session clock (the strap
// client's time origin) and the runner; the UI only reads its state and calls pause/resume/finish.
import { lungVolume, SPONTANEOUS_BREATHING, type Beat, type SimulatedSource, type StrapClient } from '@/lib/ble';
import type { Journal } from '@/lib/session/journal/journal';
import type { JournalSession } from '@/lib/session/journal/journal-types';
import { pacerAt } from '@/lib/session/pacer/pacer';
import { breathCycleS } from '@/lib/session/protocol/protocol';
import { finishJournalSession } from '@/lib/session/journal/session-lifecycle';
import { advance, currentPattern, currentPhase, pauseSession, phaseElapsedMs, resumeSession, type RunnerState } from './session-runner';

export interface RecorderOptions {
  journal: Journal;
  strap: StrapClient;
  /** Monotonic ms, the strap client's clock (performance.now by default). */
  now?: () => number;
  /** Beats of one packet, after their journal write was issued. */
  onBeats?: (beats: Beat[]) => void;
  /** The journaled row changed (counts, marks). */
  onStored?: (session: JournalSession) => void;
  onError?: (error: unknown) => void;
}

export class SessionRecorder {
  session: JournalSession;
  runner: RunnerState;
  private readonly originMs: number;
  private gapSinceMs: number | null = null;
  private readonly offs: (() => void)[] = [];
  private readonly now: () => number;

  /** `session` is already journaled; its clock continues from `startedAtEpochMs` (0 for a new one). */
  constructor(
    private readonly options: RecorderOptions,
    session: JournalSession,
    wallNowMs = Date.now(),
  ) {
    this.now = options.now ?? (() => performance.now());
    this.session = session;
    this.runner = session.runner;
    this.originMs = this.now() - Math.max(0, wallNowMs - session.startedAtEpochMs);
    const { strap } = options;
    strap.setTimeOrigin(this.originMs);
    if (strap.status !== 'connected') this.gapSinceMs = this.sessionMs();
    this.offs.push(
      strap.onMeasurement(({ beats, arrivalMs }) => this.record(beats, arrivalMs)),
      strap.onGap((gap) => {
        this.gapSinceMs = null;
        // Beats sit on the running sum of RR, a little ahead of arrival: a beat received before the drop stays out of the gap.
        const startMs = Math.min(gap.endMs, Math.max(gap.startMs, this.session.lastBeatMs ?? 0));
        this.write((s) => ({ ...s, gaps: [...s.gaps, { startMs, endMs: gap.endMs }] }));
      }),
      strap.onStatus(({ status }) => {
        if (status !== 'connected' && this.gapSinceMs === null) this.gapSinceMs = this.sessionMs();
      }),
    );
    this.followPacer();
  }

  private pattern() {
    return currentPattern(this.runner, this.session.protocol);
  }

  /** The simulated strap breathes with the pacer, at the current phase's rate. */
  private followPacer() {
    const source = this.options.strap.source as Partial<SimulatedSource>;
    source.followBreathing?.((nowMs) => this.volumeAt(nowMs - this.originMs), breathCycleS(this.pattern()));
  }

  sessionMs(): number {
    return this.now() - this.originMs;
  }

  /**
   * Time into the paced breathing (pauses excluded), or null outside it. A guided practice has no pacer:
   * no breath cycles are marked, and the simulated strap breathes on its own.
   */
  pacerTimeMs(atSessionMs = this.sessionMs()): number | null {
    if (this.session.protocol.practice !== undefined) return null;
    return currentPhase(this.runner) === 'breathing' ? phaseElapsedMs(this.runner, atSessionMs) : null;
  }

  private volumeAt(sessionMs: number): number {
    const t = this.runner.status === 'running' ? this.pacerTimeMs(sessionMs) : null;
    return t === null ? lungVolume(SPONTANEOUS_BREATHING, sessionMs) : pacerAt(this.pattern(), t).volume;
  }

  /** A journal call whose failure is reported, never thrown at the strap's event loop (a synchronous throw included). */
  private journaled(call: () => Promise<JournalSession>): Promise<JournalSession> {
    const promise = new Promise<JournalSession>((resolve) => resolve(call()));
    promise.then(
      (stored) => this.stored(stored),
      (error: unknown) => this.options.onError?.(error),
    );
    return promise;
  }

  private write(change: (s: JournalSession) => JournalSession): Promise<JournalSession> {
    return this.journaled(() => this.options.journal.updateSession(this.session.id, change));
  }

  /** Writes may resolve out of order: an older row must not take back what newer writes (or this copy) already hold. */
  private stored(session: JournalSession) {
    this.session = mergeStoredSession(this.session, session);
    this.options.onStored?.(this.session);
  }

  private record(beats: readonly Beat[], arrivalMs: number) {
    if (beats.length === 0 || this.session.status !== 'recording') return;
    // After a reload the strap's timeline starts afresh; never place a beat before one already kept.
    let floor = this.session.lastBeatMs ?? 0;
    const kept = beats.map((b) => {
      floor = Math.max(floor, b.tMs);
      return { tMs: floor, rrMs: b.rrMs, rrRaw: b.rrRaw };
    });
    this.session = { ...this.session, lastBeatMs: floor };
    // Journaled first; if that fails the beats still reach the live view (the failure is reported, not thrown).
    void this.journaled(() => this.options.journal.appendBeats(this.session.id, kept, arrivalMs));
    this.options.onBeats?.(kept);
  }

  /** Moves the runner on; journals phase changes and pacer cycle starts. True when something changed. */
  tick(): boolean {
    const nowMs = this.sessionMs();
    const before = this.runner;
    this.runner = advance(before, nowMs);
    let changed = this.runner !== before;
    if (this.runner.phaseIndex !== before.phaseIndex && this.runner.plan[this.runner.phaseIndex]?.pattern) this.followPacer();
    const t = this.runner.status === 'running' ? this.pacerTimeMs(nowMs) : null;
    let cycleStartMs: number | null = null;
    if (t !== null) {
      const pattern = this.pattern();
      const cycleMs = breathCycleS(pattern) * 1000;
      const start = nowMs - (t - pacerAt(pattern, t).cycleIndex * cycleMs);
      const last = this.session.pacerCycleStartsMs[this.session.pacerCycleStartsMs.length - 1] ?? Number.NEGATIVE_INFINITY;
      if (start > last + cycleMs / 2) cycleStartMs = Math.max(0, Math.round(start));
    }
    if (changed || cycleStartMs !== null) {
      const runner = this.runner;
      const cycle = cycleStartMs;
      if (cycle !== null) this.session = { ...this.session, pacerCycleStartsMs: [...this.session.pacerCycleStartsMs, cycle] };
      this.write((s) => ({ ...s, runner, lastSeenMs: Math.max(s.lastSeenMs, nowMs), pacerCycleStartsMs: cycle === null ? s.pacerCycleStartsMs : [...s.pacerCycleStartsMs, cycle] }));
      changed = true;
    }
    return changed;
  }

  // lastSeenMs moves with the runner: "save what was recorded" ends there, never before a pause it holds.
  pause() {
    const nowMs = this.sessionMs();
    this.runner = pauseSession(this.runner, nowMs);
    const runner = this.runner;
    void this.write((s) => ({ ...s, runner, lastSeenMs: Math.max(s.lastSeenMs, nowMs) }));
  }

  resume() {
    const nowMs = this.sessionMs();
    this.runner = resumeSession(this.runner, nowMs);
    const runner = this.runner;
    void this.write((s) => ({ ...s, runner, lastSeenMs: Math.max(s.lastSeenMs, nowMs) }));
  }

  /** Ends the session (early, or when its plan ran out) and stops listening to the strap. */
  async finish(): Promise<JournalSession> {
    const endMs = this.sessionMs();
    const runner = this.runner;
    const gapSinceMs = this.gapSinceMs === null ? null : Math.max(this.gapSinceMs, this.session.lastBeatMs ?? 0);
    this.stop();
    const finish = (s: JournalSession) => finishJournalSession({ ...s, runner }, endMs, gapSinceMs);
    const done = await new Promise<JournalSession>((resolve) => resolve(this.options.journal.updateSession(this.session.id, finish))).catch((error: unknown) => {
      // The session ends on screen even when the journal cannot take the last write: from this tab's copy.
      this.options.onError?.(error);
      return finish(this.session);
    });
    this.stored(done);
    return done;
  }

  stop() {
    for (const off of this.offs.splice(0)) off();
    const source = this.options.strap.source as Partial<SimulatedSource>;
    source.setBreathing?.(SPONTANEOUS_BREATHING);
  }
}

/** The stored row, with the fields that only ever grow taken as the larger (or the union) of both copies. */
export function mergeStoredSession(local: JournalSession, stored: JournalSession): JournalSession {
  // The finishing write is the last one and holds everything; nothing older replaces it.
  if (stored.status === 'finished') return stored;
  if (local.status === 'finished') return local;
  const lastBeatMs = local.lastBeatMs === null ? stored.lastBeatMs : Math.max(local.lastBeatMs, stored.lastBeatMs ?? local.lastBeatMs);
  const cycles = new Set([...stored.pacerCycleStartsMs, ...local.pacerCycleStartsMs]);
  return {
    ...stored,
    lastBeatMs,
    lastSeenMs: Math.max(local.lastSeenMs, stored.lastSeenMs),
    beatCount: Math.max(local.beatCount, stored.beatCount),
    packetCount: Math.max(local.packetCount, stored.packetCount),
    pacerCycleStartsMs: cycles.size === stored.pacerCycleStartsMs.length ? stored.pacerCycleStartsMs : [...cycles].sort((a, b) => a - b),
  };
}
