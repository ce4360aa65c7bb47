/**
 * Real-input radix-2 FFT: the N real samples are packed as N/2 complex values, transformed with
 * an iterative complex FFT and split into the N/2 + 1 non-negative frequency bins. Half the work of a
 * complex FFT on zero imaginary parts; twiddles and the bit-reversal table are built once per size.
 */
export class RealFft {
  readonly size: number;
  private readonly half: number;
  private readonly rev: Uint32Array;
  private readonly cosHalf: Float64Array;
  private readonly sinHalf: Float64Array;
  private readonly cosFull: Float64Array;
  private readonly sinFull: Float64Array;
  private readonly re: Float64Array;
  private readonly im: Float64Array;

  constructor(size: number) {
    if (size < 4 || (size & (size - 1)) !== 0) throw new RangeError(`FFT size must be a power of two ≥ 4, got ${size}`);
    this.size = size;
    const half = size / 2;
    this.half = half;
    this.re = new Float64Array(half);
    this.im = new Float64Array(half);
    this.rev = new Uint32Array(half);
    const bits = Math.log2(half);
    for (let i = 0; i < half; i++) {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >>> b) & 1) << (bits - 1 - b);
      this.rev[i] = r;
    }
    this.cosHalf = new Float64Array(half / 2);
    this.sinHalf = new Float64Array(half / 2);
    for (let k = 0; k < half / 2; k++) {
      this.cosHalf[k] = Math.cos((2 * Math.PI * k) / half);
      this.sinHalf[k] = -Math.sin((2 * Math.PI * k) / half);
    }
    this.cosFull = new Float64Array(half + 1);
    this.sinFull = new Float64Array(half + 1);
    for (let k = 0; k <= half; k++) {
      this.cosFull[k] = Math.cos((2 * Math.PI * k) / size);
      this.sinFull[k] = -Math.sin((2 * Math.PI * k) / size);
    }
  }

  /** Bins 0..N/2 of the DFT of `input` (zero-padded to N) into outRe/outIm (length ≥ N/2 + 1). */
  forward(input: ArrayLike<number>, outRe: Float64Array, outIm: Float64Array): void {
    const { half, re, im, rev } = this;
    for (let i = 0; i < half; i++) {
      const j = rev[i] as number;
      const a = 2 * i < input.length ? (input[2 * i] as number) : 0;
      const b = 2 * i + 1 < input.length ? (input[2 * i + 1] as number) : 0;
      re[j] = a;
      im[j] = b;
    }
    this.complexInPlace();
    for (let k = 0; k <= half; k++) {
      const k1 = k === half ? 0 : k;
      const k2 = k === 0 ? 0 : half - k;
      const a = re[k1] as number;
      const b = im[k1] as number;
      const c = re[k2] as number;
      const d = im[k2] as number;
      const er = (a + c) / 2;
      const ei = (b - d) / 2;
      const or = (b + d) / 2;
      const oi = -(a - c) / 2;
      const wr = this.cosFull[k] as number;
      const wi = this.sinFull[k] as number;
      outRe[k] = er + wr * or - wi * oi;
      outIm[k] = ei + wr * oi + wi * or;
    }
  }

  private complexInPlace(): void {
    const { half, re, im } = this;
    for (let size = 2; size <= half; size *= 2) {
      const step = half / size;
      const h = size / 2;
      for (let start = 0; start < half; start += size) {
        for (let k = 0; k < h; k++) {
          const wr = this.cosHalf[k * step] as number;
          const wi = this.sinHalf[k * step] as number;
          const p = start + k;
          const q = p + h;
          const qr = re[q] as number;
          const qi = im[q] as number;
          const tr = wr * qr - wi * qi;
          const ti = wr * qi + wi * qr;
          const pr = re[p] as number;
          const pi = im[p] as number;
          re[q] = pr - tr;
          im[q] = pi - ti;
          re[p] = pr + tr;
          im[p] = pi + ti;
        }
      }
    }
  }
}

export function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
