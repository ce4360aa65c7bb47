import type { BreathingProtocol } from '@/lib/session/protocol/record';
import { currentPattern, currentPhase, type RunnerState } from '@/lib/session/runner/session-runner';
import type { LiveState } from './live-sender';
import type { LivePhase } from './live-share-types';

const livePhases: readonly string[] = ['baseline', 'breathing', 'recovery'] satisfies LivePhase[];

/** What a batch says besides its beats: the runner's phase (others as none), whether paused, the rhythm. */
export function liveStateOf(runner: RunnerState, protocol: BreathingProtocol): LiveState {
  const phase = currentPhase(runner);
  // The rhythm of this step: a resonance assessment changes it from step to step.
  const pattern = currentPattern(runner, protocol);
  return {
    phase: phase !== null && livePhases.includes(phase) ? (phase as LivePhase) : null,
    paused: runner.status === 'paused',
    rhythm: {
      inhaleS: pattern.inhaleS,
      holdInS: pattern.holdInS,
      exhaleS: pattern.exhaleS,
      holdOutS: pattern.holdOutS,
      ...(protocol.practice ? { practice: protocol.practice } : {}),
    },
  };
}
