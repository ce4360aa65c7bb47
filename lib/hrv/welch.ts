import { nextPowerOfTwo, RealFft } from './fft';

export interface WelchOptions {
  /** Segment length in seconds; the whole series when it is shorter. */
  segmentS: number;
  /** Fraction of a segment shared with the next. */
  overlap: number;
  /** Zero-padding floor; 2048 at 4 Hz gives the 1/512 Hz bin grid of the reference spectra. */
  minNfft: number;
}

export interface PowerSpectrum {
  /** One-sided power spectral density (signal units² per Hz), bin k at k · dfHz. */
  psd: Float64Array;
  dfHz: number;
}

export const DEFAULT_WELCH: WelchOptions = { segmentS: 256, overlap: 0.5, minNfft: 2048 };

/**
 * Welch's averaged periodogram as scipy.signal.welch computes it: periodic Hann window, segment mean
 * removed, density scaling 1 / (fs · Σw²), one-sided (doubled except DC and Nyquist), mean over segments.
 */
export function welchPsd(signal: Float64Array, fsHz: number, options: WelchOptions = DEFAULT_WELCH): PowerSpectrum {
  const n = signal.length;
  const segLen = Math.min(n, Math.round(options.segmentS * fsHz));
  const nfft = Math.max(options.minNfft, nextPowerOfTwo(segLen));
  const bins = nfft / 2 + 1;
  const psd = new Float64Array(bins);
  if (segLen < 2) return { psd, dfHz: fsHz / nfft };
  const step = Math.max(1, segLen - Math.floor(segLen * options.overlap));
  const window = new Float64Array(segLen);
  let windowEnergy = 0;
  for (let i = 0; i < segLen; i++) {
    const w = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / segLen);
    window[i] = w;
    windowEnergy += w * w;
  }
  const fft = getFft(nfft);
  const segment = new Float64Array(segLen);
  const re = new Float64Array(bins);
  const im = new Float64Array(bins);
  let segments = 0;
  for (let start = 0; start + segLen <= n; start += step) {
    let mean = 0;
    for (let i = 0; i < segLen; i++) mean += signal[start + i] as number;
    mean /= segLen;
    for (let i = 0; i < segLen; i++) segment[i] = ((signal[start + i] as number) - mean) * (window[i] as number);
    fft.forward(segment, re, im);
    for (let k = 0; k < bins; k++) psd[k] = (psd[k] as number) + (re[k] as number) ** 2 + (im[k] as number) ** 2;
    segments++;
  }
  const scale = 1 / (fsHz * windowEnergy * segments);
  for (let k = 0; k < bins; k++) {
    const oneSided = k === 0 || k === bins - 1 ? 1 : 2;
    psd[k] = (psd[k] as number) * scale * oneSided;
  }
  return { psd, dfHz: fsHz / nfft };
}

// Twiddle tables depend only on the size; streaming recomputes the spectrum every few seconds.
const fftCache = new Map<number, RealFft>();
function getFft(size: number): RealFft {
  let fft = fftCache.get(size);
  if (!fft) {
    fft = new RealFft(size);
    fftCache.set(size, fft);
  }
  return fft;
}
