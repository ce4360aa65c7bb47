// Seeded randomness for the simulated strap, so a test or a demo replays the same heart exactly.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Standard normal (mean 0, sd 1). */
  gaussian(): number;
}

/** mulberry32: 32-bit state, fast, good enough statistically for physiology-shaped noise. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  let spareGaussian: number | null = null;

  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    gaussian() {
      if (spareGaussian !== null) {
        const value = spareGaussian;
        spareGaussian = null;
        return value;
      }
      // Box–Muller; 1 - next() keeps the logarithm's argument above 0.
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      const angle = 2 * Math.PI * next();
      spareGaussian = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
  };
}
