import { useEffect } from 'react';
import { currentPhase, type RunnerState } from '@/lib/session/runner/session-runner';

/**
 * Tells the worker where live coherence may start: the paced breathing, from its start or its last
 * resume; nothing in the rests or while paused (a pause is not paced breathing).
 */
export function useCoherenceWindow(runner: RunnerState, setCoherenceFrom: (tMs: number | null) => void) {
  const phase = currentPhase(runner);
  const running = runner.status === 'running';
  // runningSinceMs moves on at every resume (and after a reload), so beats from before a pause stay out.
  const fromMs = phase === 'breathing' && running ? Math.max(runner.phaseStartMs, runner.runningSinceMs ?? runner.phaseStartMs) : null;
  useEffect(() => {
    setCoherenceFrom(fromMs);
  }, [fromMs, setCoherenceFrom]);
}
