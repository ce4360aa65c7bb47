import { describe, expect, it } from 'vitest';
import { integrateBand, peakBandPower } from './band-power';

/** The spectrum's grid (4 Hz resampling, 2,048 points): ±0.015 Hz is 7.68 bins, not a whole number. */
const dfHz = 4 / 2048;
/** A flat PSD of 1 ms²/Hz: an integral is then the width between the first and last bin counted. */
const flat = { psd: new Float64Array(200).fill(1), dfHz };
const bin50 = 50 * dfHz;

describe('peakBandPower', () => {
  it('counts as many bins below the peak as above it when the half width is not a whole number of bins', () => {
    // 7 whole bins each side of bin 50 (43…57): 14 bin widths.
    expect(peakBandPower(flat, bin50, 0.015)).toBeCloseTo(14 * dfHz, 12);
    // The band cut as loHz ≤ f ≤ hiHz counts bins 43…58: one more above the peak than below.
    expect(integrateBand(flat, bin50 - 0.015, bin50 + 0.015 + dfHz / 2)).toBeCloseTo(15 * dfHz, 12);
  });

  it('includes the bins at exactly the half width on both sides', () => {
    expect(peakBandPower(flat, bin50, 7 * dfHz)).toBeCloseTo(14 * dfHz, 12);
  });

  it('stops at the first bin for a peak near 0 Hz', () => {
    expect(peakBandPower(flat, 2 * dfHz, 0.015)).toBeCloseTo(9 * dfHz, 12);
  });

  it('leaves out a neighbour 8 bins away on either side alike', () => {
    const psd = new Float64Array(200);
    psd[50] = 10;
    psd[42] = 100;
    psd[58] = 100;
    expect(peakBandPower({ psd, dfHz }, bin50, 0.015)).toBeCloseTo(10 * dfHz, 12);
  });
});
