import { detectArtifacts } from './artifacts';
import { correctArtifacts } from './correct';
import { computeSpectrum } from './spectrum';
import { computeTimeDomain } from './time-domain';
import type { ArtifactCounts, ArtifactIndices, TimeDomainMetrics } from './types';

export interface RecordingAnalysis {
  n: number;
  durationS: number;
  raw: TimeDomainMetrics;
  artifacts: ArtifactCounts;
  artifactIndices: ArtifactIndices;
  corrected: TimeDomainMetrics;
  correctedRrMs: Float64Array;
  /** From the corrected series; null when it is shorter than MIN_SPECTRUM_S. */
  spectrum: {
    vlf: number;
    lf: number;
    hf: number;
    lfHf: number;
    lfNu: number;
    peakHz: number;
    coherence: number;
    coherencePeakHz: number;
  } | null;
}

export class HrvInputError extends Error {
  readonly code = 'invalid-rr';
  constructor(message: string) {
    super(message);
    this.name = 'HrvInputError';
  }
}

/**
 * The one analysis the CLI, the server and the benchmarks share: artifact detection and
 * correction, time domain on raw and corrected RR, spectrum and coherence on the corrected series.
 */
export function analyzeRecording(rrMs: ArrayLike<number>): RecordingAnalysis {
  if (rrMs.length < 2) throw new HrvInputError(`need at least 2 RR intervals, got ${rrMs.length}`);
  let totalMs = 0;
  for (let i = 0; i < rrMs.length; i++) {
    const v = rrMs[i] as number;
    if (!(v > 0) || !Number.isFinite(v)) throw new HrvInputError(`RR interval ${i} is ${v}; every interval must be a positive number of ms`);
    totalMs += v;
  }
  const raw = computeTimeDomain(rrMs);
  const detection = detectArtifacts(rrMs);
  const correctedRrMs = correctArtifacts(rrMs, detection);
  const corrected = computeTimeDomain(correctedRrMs);
  const spectrum = computeSpectrum(correctedRrMs);
  return {
    n: rrMs.length,
    durationS: totalMs / 1000,
    raw,
    artifacts: detection.counts,
    artifactIndices: detection.indices,
    corrected,
    correctedRrMs,
    spectrum: spectrum && {
      vlf: spectrum.vlfMs2,
      lf: spectrum.lfMs2,
      hf: spectrum.hfMs2,
      lfHf: spectrum.lfHf,
      lfNu: spectrum.lfNu,
      peakHz: spectrum.lfPeakHz,
      coherence: spectrum.coherence,
      coherencePeakHz: spectrum.coherencePeakHz,
    },
  };
}
