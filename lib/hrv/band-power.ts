import type { PowerSpectrum } from './welch';

/** Trapezoid integral of the PSD over the bins with loHz ≤ f < hiHz (ms² when the PSD is in ms²/Hz). */
export function integrateBand(spectrum: PowerSpectrum, loHz: number, hiHz: number): number {
  const { psd, dfHz } = spectrum;
  const first = Math.max(0, Math.ceil(loHz / dfHz - 1e-9));
  const last = Math.min(psd.length - 1, Math.ceil(hiHz / dfHz - 1e-9) - 1);
  let area = 0;
  for (let k = first; k < last; k++) area += (((psd[k] as number) + (psd[k + 1] as number)) / 2) * dfHz;
  return area;
}

/** Frequency of the largest PSD bin with loHz ≤ f < hiHz, or NaN when the band holds no bin. */
export function peakFrequency(spectrum: PowerSpectrum, loHz: number, hiHz: number): number {
  const { psd, dfHz } = spectrum;
  const first = Math.max(0, Math.ceil(loHz / dfHz - 1e-9));
  const last = Math.min(psd.length - 1, Math.ceil(hiHz / dfHz - 1e-9) - 1);
  let best = -1;
  let bestPower = Number.NEGATIVE_INFINITY;
  for (let k = first; k <= last; k++) {
    if ((psd[k] as number) > bestPower) {
      bestPower = psd[k] as number;
      best = k;
    }
  }
  return best < 0 ? Number.NaN : best * dfHz;
}

/**
 * Power within ±halfWidthHz of the bin at peakHz (ms² for a PSD in ms²/Hz): the same number of bins on
 * either side, so a peak's power does not depend on which side of it the bin grid happens to fall.
 * Only at the ends of the spectrum (0 Hz, the Nyquist bin) is the window cut short on that side; the
 * bands it serves (0.04–0.26 Hz) are far from both.
 */
export function peakBandPower(spectrum: PowerSpectrum, peakHz: number, halfWidthHz: number): number {
  const { dfHz } = spectrum;
  const peak = Math.round(peakHz / dfHz);
  const half = Math.floor(halfWidthHz / dfHz + 1e-9);
  // integrateBand takes loHz ≤ f < hiHz: half a bin past the last one makes the last one count.
  return integrateBand(spectrum, Math.max(0, peak - half) * dfHz, (peak + half) * dfHz + dfHz / 2);
}
