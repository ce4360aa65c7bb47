// Public API of the HRV engine: pure TypeScript, no DOM and no Node APIs, shared by the browser
// worker, the server and the `hrv` command line tool.
export { analyzeRecording, HrvInputError, type RecordingAnalysis } from './analyze';
export { detectArtifacts, excludedBeats, type ArtifactDetection } from './artifacts';
export { DETECTION } from './artifact-rules';
export { correctArtifacts } from './correct';
export { computeTimeDomain, computeTimeDomainFromSegments } from './time-domain';
export { computeSpectrum, computePowerSpectrum, BANDS_HZ, type SpectrumMetrics } from './spectrum';
export { computeCoherence, COHERENCE, type CoherenceResult } from './coherence';
export { computeRsaAmplitude, type RsaCycle, type RsaResult } from './rsa';
export { StreamingAnalyser, DEFAULT_STREAMING, LIVE_RMSSD_MIN_DIFFERENCES, type ArtifactFlag, type LiveMetrics, type StreamingOptions } from './streaming';
export { FINAL_LAG } from './streaming-detector';
export { summarizeSession, flaggedBeats, correctedPhaseRr, PHASE_QUALITY } from './summary';
export { analyzeResonance, chooseResonanceRate, RESONANCE_QUALITY, RESONANCE_RATES_BPM, type ResonanceAnalysis, type ResonanceStep, type ResonanceStepReason, type ResonanceStepResult } from './resonance';
export { ExcludedSpans, type Span } from './excluded-spans';
export type {
  GapMark,
  ParasympatheticShift,
  PhaseMark,
  PhaseName,
  PhaseQualityReason,
  PhaseSummary,
  SessionInput,
  SessionSummary,
  ShiftQualityReason,
} from './session-types';
export { parseRrFile, type ParsedRrFile, type RrFileFormat } from './parse-rr-file';
export { RrFileError, type RrFileErrorCode } from './rr-file-error';
export { createWorkerState, handleWorkerMessage, type WorkerState } from './handle-worker-message';
export type { WorkerErrorCode, WorkerReply, WorkerRequest } from './worker-protocol';
export type { ArtifactCounts, ArtifactIndices, ArtifactKind, Beat, TimeDomainMetrics } from './types';
