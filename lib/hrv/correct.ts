import { missedParts } from './artifact-rules';
import type { ArtifactDetection } from './artifacts';
import { KIND_CODE } from './types';

/**
 * Kubios-style correction: missed beats are split into equal parts, an extra beat is merged with
 * the interval after it, long and short intervals are replaced by linear interpolation from their
 * clean neighbours. An ectopic call covers two intervals, the premature one and its compensatory
 * pause: when the pair together lasts two local median intervals (|sum / 2 − medRR| < Th2, the
 * test the missed-beat rule uses), it is split into two equal halves, otherwise both are
 * interpolated as systole does (see ARTIFACTS.md, "Correcting an ectopic pair", for why).
 */
export function correctArtifacts(rrMs: ArrayLike<number>, detection: ArtifactDetection): Float64Array {
  const n = rrMs.length;
  const { codes, medMs, th2Ms } = detection;
  const out: number[] = [];
  // Whether out's last element came straight from the input, so an ectopic may take it into its pair.
  let lastIsPlain = false;
  for (let j = 0; j < n; j++) {
    const rr = rrMs[j] as number;
    const code = codes[j] as number;
    if (code === KIND_CODE.missed) {
      const parts = Math.max(2, missedParts(rr, medMs[j] as number, th2Ms[j] as number));
      for (let k = 0; k < parts; k++) out.push(rr / parts);
      lastIsPlain = false;
    } else if (code === KIND_CODE.extra && j + 1 < n) {
      out.push(rr + (rrMs[j + 1] as number));
      j++;
      lastIsPlain = false;
    } else if (code === KIND_CODE.ectopic && lastIsPlain) {
      const half = ((out[out.length - 1] as number) + rr) / 2;
      const whole = Math.abs(half - (medMs[j] as number)) < (th2Ms[j] as number);
      out[out.length - 1] = whole ? half : Number.NaN;
      out.push(whole ? half : Number.NaN);
      lastIsPlain = false;
    } else if (code !== KIND_CODE.none) {
      out.push(Number.NaN);
      lastIsPlain = false;
    } else {
      out.push(rr);
      lastIsPlain = true;
    }
  }
  return interpolateGaps(Float64Array.from(out));
}

/** Fills NaN runs linearly between the nearest valid neighbours; edge runs take the nearest value. */
export function interpolateGaps(values: Float64Array): Float64Array {
  const n = values.length;
  let i = 0;
  while (i < n) {
    if (!Number.isNaN(values[i] as number)) {
      i++;
      continue;
    }
    let end = i;
    while (end < n && Number.isNaN(values[end] as number)) end++;
    const left = i > 0 ? (values[i - 1] as number) : Number.NaN;
    const right = end < n ? (values[end] as number) : Number.NaN;
    for (let k = i; k < end; k++) {
      if (Number.isNaN(left)) values[k] = right;
      else if (Number.isNaN(right)) values[k] = left;
      else values[k] = left + ((right - left) * (k - i + 1)) / (end - i + 1);
    }
    i = end;
  }
  return values;
}
