/**
 * Natural cubic spline through (tS[i], values[i]), sampled on a uniform grid starting at tS[0].
 * RR series are unevenly sampled (one value per beat); the spectrum needs a uniform series.
 * The second derivatives come from a tridiagonal (Thomas) solve, O(n).
 */
export function resampleCubic(tS: Float64Array, values: Float64Array, fsHz: number): Float64Array {
  const n = tS.length;
  if (n === 0) return new Float64Array(0);
  const t0 = tS[0] as number;
  const count = Math.floor(((tS[n - 1] as number) - t0) * fsHz + 1e-9) + 1;
  const out = new Float64Array(count);
  if (n < 3) {
    // Too few knots for curvature: fall back to linear (or constant) interpolation.
    for (let k = 0; k < count; k++) out[k] = n === 1 ? (values[0] as number) : linearAt(tS, values, t0 + k / fsHz);
    return out;
  }
  const m = secondDerivatives(tS, values);
  let seg = 0;
  for (let k = 0; k < count; k++) {
    const t = t0 + k / fsHz;
    while (seg < n - 2 && t > (tS[seg + 1] as number)) seg++;
    const x0 = tS[seg] as number;
    const x1 = tS[seg + 1] as number;
    const h = x1 - x0;
    const a = (x1 - t) / h;
    const b = (t - x0) / h;
    const m0 = m[seg] as number;
    const m1 = m[seg + 1] as number;
    out[k] = a * (values[seg] as number) + b * (values[seg + 1] as number) + ((a * a * a - a) * m0 + (b * b * b - b) * m1) * (h * h) / 6;
  }
  return out;
}

function secondDerivatives(x: Float64Array, y: Float64Array): Float64Array {
  const n = x.length;
  const m = new Float64Array(n); // natural: m[0] = m[n−1] = 0
  const cPrime = new Float64Array(n);
  const dPrime = new Float64Array(n);
  for (let i = 1; i < n - 1; i++) {
    const hPrev = (x[i] as number) - (x[i - 1] as number);
    const hNext = (x[i + 1] as number) - (x[i] as number);
    const rhs = 6 * (((y[i + 1] as number) - (y[i] as number)) / hNext - ((y[i] as number) - (y[i - 1] as number)) / hPrev);
    const diag = 2 * (hPrev + hNext);
    const sub = i > 1 ? hPrev : 0;
    const denom = diag - sub * (cPrime[i - 1] as number);
    cPrime[i] = hNext / denom;
    dPrime[i] = (rhs - sub * (dPrime[i - 1] as number)) / denom;
  }
  for (let i = n - 2; i >= 1; i--) {
    const next = i + 1 < n - 1 ? (m[i + 1] as number) : 0;
    m[i] = (dPrime[i] as number) - (cPrime[i] as number) * next;
  }
  return m;
}

function linearAt(x: Float64Array, y: Float64Array, t: number): number {
  const x0 = x[0] as number;
  const x1 = x[1] as number;
  const w = x1 > x0 ? (t - x0) / (x1 - x0) : 0;
  return (y[0] as number) + ((y[1] as number) - (y[0] as number)) * w;
}

/** Beat times in seconds from RR intervals in ms: each beat at the end of its interval. */
export function beatTimesS(rrMs: ArrayLike<number>): Float64Array {
  const t = new Float64Array(rrMs.length);
  let acc = 0;
  for (let i = 0; i < rrMs.length; i++) {
    acc += rrMs[i] as number;
    t[i] = acc / 1000;
  }
  return t;
}
