import { integrateBand, peakBandPower, peakFrequency } from './band-power';
import type { PowerSpectrum } from './welch';

/**
 * Coherence of slow breathing, as a fraction of power (0–1):
 *
 *   peakHz    = frequency of the largest PSD bin in 0.04–0.26 Hz (covers paced breathing from
 *               2.4 to 15.6 breaths/min)
 *   peakPower = ∫ PSD over the bins within ±0.015 Hz of peakHz, as many on either side
 *   total     = ∫ PSD over 0.0033–0.4 Hz
 *   coherence = peakPower / total
 *
 * A heart rhythm that follows 6 breaths/min puts most of its power in a narrow peak near 0.1 Hz
 * (coherence → 1); an irregular rhythm spreads it (→ 0). The ±0.015 Hz window is the 0.03 Hz peak
 * window HeartMath uses, but we divide by the total instead of (total − peak) so the score stays
 * bounded and reads as a share of power.
 */
export const COHERENCE = { searchLoHz: 0.04, searchHiHz: 0.26, halfWidthHz: 0.015, totalLoHz: 0.0033, totalHiHz: 0.4 } as const;

const MIN_TOTAL_MS2 = 1e-6;

export interface CoherenceResult {
  coherence: number;
  peakHz: number;
}

export function computeCoherence(spectrum: PowerSpectrum): CoherenceResult {
  const peakHz = peakFrequency(spectrum, COHERENCE.searchLoHz, COHERENCE.searchHiHz);
  if (Number.isNaN(peakHz)) return { coherence: Number.NaN, peakHz };
  // As many bins below the peak as above it (the resonance assessment's peak power is the same window).
  const peakPower = peakBandPower(spectrum, peakHz, COHERENCE.halfWidthHz);
  const total = integrateBand(spectrum, COHERENCE.totalLoHz, COHERENCE.totalHiHz);
  // A flat series has only rounding noise (≪ 1e-6 ms²): no rhythm, no score.
  return { coherence: total > MIN_TOTAL_MS2 ? Math.min(1, peakPower / total) : Number.NaN, peakHz };
}
