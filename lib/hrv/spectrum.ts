import { integrateBand, peakFrequency } from './band-power';
import { computeCoherence } from './coherence';
import { detrendSmoothnessPriors } from './detrend';
import { beatTimesS, resampleCubic } from './spline';
import { DEFAULT_WELCH, welchPsd, type PowerSpectrum, type WelchOptions } from './welch';

export const BANDS_HZ = { vlf: [0.0033, 0.04], lf: [0.04, 0.15], hf: [0.15, 0.4] } as const;
export const RESAMPLE_HZ = 4;
export const DETREND_LAMBDA = 500;
/** Below this many seconds the LF band (down to 0.04 Hz, a 25 s period) cannot be estimated. */
export const MIN_SPECTRUM_S = 30;

export interface SpectrumMetrics {
  vlfMs2: number;
  lfMs2: number;
  hfMs2: number;
  lfHf: number;
  lfNu: number;
  lfPeakHz: number;
  hfPeakHz: number;
  coherence: number;
  coherencePeakHz: number;
}

/**
 * Frequency-domain HRV in the Kubios manner: natural cubic spline of RR over beat times at 4 Hz,
 * smoothness-priors detrend (λ = 500), Welch PSD (Hann, 256 s, 50 % overlap), band powers in ms².
 * Returns null when the series is too short for the LF band.
 */
export function computeSpectrum(rrMs: ArrayLike<number>, welch: WelchOptions = DEFAULT_WELCH): SpectrumMetrics | null {
  const spectrum = computePowerSpectrum(rrMs, welch);
  return spectrum ? summariseSpectrum(spectrum) : null;
}

export function computePowerSpectrum(rrMs: ArrayLike<number>, welch: WelchOptions = DEFAULT_WELCH): PowerSpectrum | null {
  if (rrMs.length < 4) return null;
  const tS = beatTimesS(rrMs);
  if ((tS[tS.length - 1] as number) - (tS[0] as number) < MIN_SPECTRUM_S) return null;
  const resampled = resampleCubic(tS, Float64Array.from(rrMs), RESAMPLE_HZ);
  const detrended = detrendSmoothnessPriors(resampled, DETREND_LAMBDA);
  return welchPsd(detrended, RESAMPLE_HZ, welch);
}

export function summariseSpectrum(spectrum: PowerSpectrum): SpectrumMetrics {
  const vlfMs2 = integrateBand(spectrum, BANDS_HZ.vlf[0], BANDS_HZ.vlf[1]);
  const lfMs2 = integrateBand(spectrum, BANDS_HZ.lf[0], BANDS_HZ.lf[1]);
  const hfMs2 = integrateBand(spectrum, BANDS_HZ.hf[0], BANDS_HZ.hf[1]);
  const { coherence, peakHz } = computeCoherence(spectrum);
  return {
    vlfMs2,
    lfMs2,
    hfMs2,
    lfHf: hfMs2 > 0 ? lfMs2 / hfMs2 : Number.NaN,
    lfNu: lfMs2 + hfMs2 > 0 ? (100 * lfMs2) / (lfMs2 + hfMs2) : Number.NaN,
    lfPeakHz: peakFrequency(spectrum, BANDS_HZ.lf[0], BANDS_HZ.lf[1]),
    hfPeakHz: peakFrequency(spectrum, BANDS_HZ.hf[0], BANDS_HZ.hf[1]),
    coherence,
    coherencePeakHz: peakHz,
  };
}
