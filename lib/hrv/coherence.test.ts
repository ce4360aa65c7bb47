import { describe, expect, it } from 'vitest';
import { computeCoherence } from './coherence';

/** The spectrum's grid: 4 Hz resampling, 2,048 points. */
const dfHz = 4 / 2048;

describe('computeCoherence', () => {
  it('weighs power 8 bins below the peak and 8 bins above it alike (both outside ±0.015 Hz)', () => {
    const spectrum = (side: 1 | -1) => {
      const psd = new Float64Array(300);
      psd[51] = 10; // 0.0996 Hz, the peak
      psd[51 + 8 * side] = 5;
      return { psd, dfHz };
    };
    const below = computeCoherence(spectrum(-1));
    const above = computeCoherence(spectrum(1));
    expect(below.peakHz).toBeCloseTo(51 * dfHz, 12);
    expect(above.coherence).toBeCloseTo(below.coherence, 12);
    // The peak window holds the peak bin's trapezoids only: 10 of the 15 units of power.
    expect(below.coherence).toBeCloseTo(10 / 15, 12);
  });
});
