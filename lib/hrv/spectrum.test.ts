import { describe, expect, it } from 'vitest';
import { computeCoherence } from './coherence';
import { detrendSmoothnessPriors } from './detrend';
import { RealFft } from './fft';
import { computePowerSpectrum, computeSpectrum } from './spectrum';
import { resampleCubic } from './spline';
import { createRng } from './synthetic';
import { welchPsd } from './welch';

const BIN_HZ = 4 / 2048;

/** RR (ms) whose value follows a sine of `hz` in beat time, plus seeded noise. */
function modulatedRr(hz: number, seconds: number, seed: number, ampMs = 60): number[] {
  const rng = createRng(seed);
  const out: number[] = [];
  let tS = 0;
  while (tS < seconds) {
    const rr = 1000 + ampMs * Math.sin(2 * Math.PI * hz * tS) + 15 * (rng() - 0.5);
    out.push(rr);
    tS += rr / 1000;
  }
  return out;
}

function shuffled(values: number[], seed: number): number[] {
  const rng = createRng(seed);
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

describe('building blocks', () => {
  it('real FFT equals a direct DFT', () => {
    const rng = createRng(1);
    const n = 64;
    const x = Array.from({ length: 40 }, () => rng() - 0.5); // zero-padded to 64
    const re = new Float64Array(n / 2 + 1);
    const im = new Float64Array(n / 2 + 1);
    new RealFft(n).forward(x, re, im);
    for (let k = 0; k <= n / 2; k++) {
      let sr = 0;
      let si = 0;
      x.forEach((v, t) => {
        sr += v * Math.cos((2 * Math.PI * k * t) / n);
        si -= v * Math.sin((2 * Math.PI * k * t) / n);
      });
      expect(re[k]).toBeCloseTo(sr, 10);
      expect(im[k]).toBeCloseTo(si, 10);
    }
  });

  it('smoothness-priors detrending equals a dense solve of (I + λ²D2ᵀD2)', () => {
    const rng = createRng(2);
    const n = 40;
    const lambda = 10;
    const z = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 5) * 30 + rng() * 5 + i);
    // Dense reference: Gaussian elimination on the full matrix.
    const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
    for (let k = 0; k < n - 2; k++) {
      const row = [1, -2, 1];
      for (let p = 0; p < 3; p++) for (let q = 0; q < 3; q++) (a[k + p] as number[])[k + q]! += lambda * lambda * (row[p] as number) * (row[q] as number);
    }
    const b = Array.from(z);
    for (let c = 0; c < n; c++) {
      for (let r = c + 1; r < n; r++) {
        const f = (a[r] as number[])[c]! / (a[c] as number[])[c]!;
        for (let k = c; k < n; k++) (a[r] as number[])[k]! -= f * (a[c] as number[])[k]!;
        b[r]! -= f * (b[c] as number);
      }
    }
    const trend = new Array<number>(n).fill(0);
    for (let r = n - 1; r >= 0; r--) {
      let s = b[r] as number;
      for (let k = r + 1; k < n; k++) s -= (a[r] as number[])[k]! * (trend[k] as number);
      trend[r] = s / (a[r] as number[])[r]!;
    }
    const detrended = detrendSmoothnessPriors(z, lambda);
    for (let i = 0; i < n; i++) expect(detrended[i]).toBeCloseTo((z[i] as number) - (trend[i] as number), 8);
  });

  it('natural cubic spline passes through its knots and reproduces a straight line', () => {
    const t = Float64Array.from([0, 0.8, 1.7, 2.5, 3.6, 4.0]);
    const line = Float64Array.from(t, (x) => 700 + 20 * x);
    const out = resampleCubic(t, line, 4);
    expect(out.length).toBe(17);
    out.forEach((v, k) => expect(v).toBeCloseTo(700 + 20 * (k / 4), 9));
    const wiggly = Float64Array.from([800, 760, 830, 790, 810, 805]);
    const knots = resampleCubic(Float64Array.from([0, 1, 2, 3, 4, 5]), wiggly, 1);
    knots.forEach((v, k) => expect(v).toBeCloseTo(wiggly[k] as number, 9));
  });

  it('Welch PSD integrates a sine to its power A²/2', () => {
    const fs = 4;
    const signal = Float64Array.from({ length: 4 * 600 }, (_, i) => 40 * Math.sin(2 * Math.PI * 0.2 * (i / fs)));
    const s = welchPsd(signal, fs);
    let power = 0;
    s.psd.forEach((p) => (power += p * s.dfHz));
    expect(power).toBeCloseTo((40 * 40) / 2, -1);
  });
});

describe('spectrum of synthetic RR', () => {
  it('puts the LF peak within one bin of a 0.1 Hz modulation', () => {
    const s = computeSpectrum(modulatedRr(0.1, 300, 11));
    if (!s) throw new Error('spectrum missing');
    expect(Math.abs(s.lfPeakHz - 0.1)).toBeLessThanOrEqual(BIN_HZ);
    expect(s.lfMs2).toBeGreaterThan(10 * s.hfMs2);
  });

  it('scores coherence higher for 0.1 Hz breathing than for the same beats shuffled', () => {
    const rr = modulatedRr(0.1, 300, 12);
    const paced = computeSpectrum(rr);
    const scrambled = computeSpectrum(shuffled(rr, 13));
    if (!paced || !scrambled) throw new Error('spectrum missing');
    expect(paced.coherence).toBeGreaterThan(0.6);
    expect(scrambled.coherence).toBeLessThan(0.3);
    expect(Math.abs(paced.coherencePeakHz - 0.1)).toBeLessThanOrEqual(BIN_HZ);
  });

  it('returns null below 30 s and copes with a constant series', () => {
    expect(computeSpectrum(new Array<number>(20).fill(1000))).toBeNull();
    const flat = computePowerSpectrum(new Array<number>(200).fill(800));
    if (!flat) throw new Error('spectrum missing');
    expect(Number.isNaN(computeCoherence(flat).coherence)).toBe(true);
  });
});
