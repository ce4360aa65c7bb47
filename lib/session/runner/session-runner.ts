// The session's phases as a pure state machine: setup → baseline → breathing → recovery → done.
// Times are session-clock ms. A pause stops phase time (and is recorded); a suspension (the page was
// reloaded or closed) stops it too but is recorded by the caller as a gap instead.
import type { PhaseName } from '@/lib/hrv';
import type { BreathPattern } from '@/lib/session/protocol/protocol';
import type { BreathingProtocol, PhaseSpan, TimeSpan } from '@/lib/session/protocol/record';

export type RunnerStatus = 'setup' | 'running' | 'paused' | 'done';

export interface RunnerState {
  status: RunnerStatus;
  /** A phase may carry its own rhythm (the resonance assessment's steps); otherwise the protocol's holds. */
  plan: { phase: PhaseName; durationMs: number; pattern?: BreathPattern }[];
  phaseIndex: number;
  /** Session time at which the current phase began. */
  phaseStartMs: number;
  /** Phase time accumulated before `runningSinceMs`. */
  phaseDoneMs: number;
  runningSinceMs: number | null;
  pausedSinceMs: number | null;
  suspended: boolean;
  phases: PhaseSpan[];
  pauses: TimeSpan[];
  endedEarly: boolean;
  endMs: number | null;
}

export const idleRunner: RunnerState = {
  status: 'setup',
  plan: [],
  phaseIndex: 0,
  phaseStartMs: 0,
  phaseDoneMs: 0,
  runningSinceMs: null,
  pausedSinceMs: null,
  suspended: false,
  phases: [],
  pauses: [],
  endedEarly: false,
  endMs: null,
};

export function startSession(protocol: BreathingProtocol, nowMs = 0): RunnerState {
  const plan = (
    [
      { phase: 'baseline', durationMs: protocol.baselineS * 1000 },
      { phase: 'breathing', durationMs: protocol.breathingS * 1000 },
      { phase: 'recovery', durationMs: protocol.recoveryS * 1000 },
    ] as const
  ).filter((p) => p.durationMs > 0);
  return startPlan([...plan], nowMs);
}

/** Runs a plan of phases as given (e.g. several breathing steps at different rates). */
export function startPlan(plan: RunnerState['plan'], nowMs = 0): RunnerState {
  if (plan.length === 0) return { ...idleRunner, status: 'done', endMs: nowMs };
  return { ...idleRunner, status: 'running', plan, phaseStartMs: nowMs, runningSinceMs: nowMs };
}

/** The rhythm the pacer follows now: the current phase's own, else the protocol's. */
export function currentPattern(state: RunnerState, protocol: BreathPattern): BreathPattern {
  return state.plan[state.phaseIndex]?.pattern ?? protocol;
}

export function currentPhase(state: RunnerState): PhaseName | null {
  return state.status === 'running' || state.status === 'paused' ? (state.plan[state.phaseIndex]?.phase ?? null) : null;
}

export function phaseElapsedMs(state: RunnerState, nowMs: number): number {
  const running = state.runningSinceMs === null ? 0 : Math.max(0, nowMs - state.runningSinceMs);
  return state.phaseDoneMs + running;
}

export function phaseRemainingMs(state: RunnerState, nowMs: number): number {
  const planned = state.plan[state.phaseIndex]?.durationMs ?? 0;
  return state.status === 'done' ? 0 : Math.max(0, planned - phaseElapsedMs(state, nowMs));
}

export function totalRemainingMs(state: RunnerState, nowMs: number): number {
  if (state.status === 'done') return 0;
  const later = state.plan.slice(state.phaseIndex + 1).reduce((sum, p) => sum + p.durationMs, 0);
  return phaseRemainingMs(state, nowMs) + later;
}

/** Moves through every phase boundary reached by `nowMs`; each phase ends exactly when its time is up. */
export function advance(state: RunnerState, nowMs: number): RunnerState {
  let s = state;
  while (s.status === 'running' && s.runningSinceMs !== null) {
    const planned = s.plan[s.phaseIndex]!.durationMs;
    const endMs = s.runningSinceMs + (planned - s.phaseDoneMs);
    if (nowMs < endMs) break;
    const phases = [...s.phases, { phase: s.plan[s.phaseIndex]!.phase, startMs: s.phaseStartMs, endMs }];
    const next = s.phaseIndex + 1;
    s =
      next < s.plan.length
        ? { ...s, phases, phaseIndex: next, phaseStartMs: endMs, phaseDoneMs: 0, runningSinceMs: endMs }
        : { ...s, phases, status: 'done', runningSinceMs: null, endMs };
  }
  return s;
}

export function pauseSession(state: RunnerState, nowMs: number, options: { suspend?: boolean } = {}): RunnerState {
  const s = advance(state, nowMs);
  if (s.status !== 'running') return s;
  return {
    ...s,
    status: 'paused',
    phaseDoneMs: phaseElapsedMs(s, nowMs),
    runningSinceMs: null,
    pausedSinceMs: nowMs,
    suspended: options.suspend ?? false,
  };
}

export function resumeSession(state: RunnerState, nowMs: number): RunnerState {
  if (state.status !== 'paused' || state.pausedSinceMs === null) return state;
  const pauses = state.suspended ? state.pauses : [...state.pauses, { startMs: state.pausedSinceMs, endMs: nowMs }];
  return { ...state, status: 'running', runningSinceMs: nowMs, pausedSinceMs: null, suspended: false, pauses };
}

/** Ends now: the current phase closes here (a session ended before its plan is marked as ended early). */
export function finishSession(state: RunnerState, nowMs: number): RunnerState {
  let s = advance(state, nowMs);
  if (s.status === 'done' || s.status === 'setup') return s;
  if (s.status === 'paused' && !s.suspended && s.pausedSinceMs !== null) {
    s = { ...s, pauses: [...s.pauses, { startMs: s.pausedSinceMs, endMs: nowMs }] };
  }
  const phases = [...s.phases, { phase: s.plan[s.phaseIndex]!.phase, startMs: s.phaseStartMs, endMs: nowMs }];
  return { ...s, phases, status: 'done', runningSinceMs: null, pausedSinceMs: null, suspended: false, endedEarly: true, endMs: nowMs };
}

/** The state as the runner would hold it at `nowMs`, with an injectable clock. */
export function createSessionRunner(now: () => number, initial: RunnerState = idleRunner) {
  let state = initial;
  const apply = (next: RunnerState) => (state = next);
  return {
    get state() {
      return state;
    },
    start: (protocol: BreathingProtocol) => apply(startSession(protocol, now())),
    tick: () => apply(advance(state, now())),
    pause: () => apply(pauseSession(state, now())),
    resume: () => apply(resumeSession(state, now())),
    finish: () => apply(finishSession(state, now())),
  };
}
