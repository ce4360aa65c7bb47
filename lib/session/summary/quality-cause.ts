import { PHASE_QUALITY } from '@/lib/hrv';
import type { PhaseStats, SessionView } from './session-view';

/**
 * Why a session's numbers are not trusted, so the advice fits: a rest that was simply short (set so, or
 * the session ended early) is a choice, not the strap's fault; lost or noisy beats are the signal's.
 *  - 'short-phase': every flagged phase lasted under the minimum a reliable RMSSD needs;
 *  - 'ended-early': a rest to compare with is missing (and nothing points at the signal);
 *  - 'signal': artifacts, missing beats, or too little clean signal in a phase long enough;
 *  - null: nothing to explain.
 */
export type QualityCause = 'short-phase' | 'ended-early' | 'signal' | null;

export function isShortPhase(phase: PhaseStats): boolean {
  return phase.endS - phase.startS < PHASE_QUALITY.minAnalysedS;
}

function blamesSignal(phase: PhaseStats): boolean {
  if (phase.qualityReasons.includes('too-many-artifacts') || phase.qualityReasons.includes('no-beats')) return true;
  return !isShortPhase(phase);
}

export function qualityCause(view: Pick<SessionView, 'cautions' | 'shift'>): QualityCause {
  if (view.cautions.some(blamesSignal)) return 'signal';
  if (view.cautions.length > 0) return 'short-phase';
  const missing = view.shift.qualityReasons.some((r) => r === 'missing-baseline' || r === 'missing-recovery');
  return missing ? 'ended-early' : null;
}
