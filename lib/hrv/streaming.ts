import { interpolateGaps } from './correct';
import { computeCoherence } from './coherence';
import { computePowerSpectrum } from './spectrum';
import { FINAL_LAG, StreamingDetector } from './streaming-detector';
import { BeatWindow } from './beat-window';
import { reconcileKind } from './artifact-rules';
import { KIND_BY_CODE, KIND_CODE, type ArtifactKind, type Beat } from './types';

export interface StreamingOptions {
  rmssdWindowMs: number;
  coherenceWindowMs: number;
  coherenceEveryMs: number;
  /** A beat whose time is this much later than its predecessor plus its RR follows a connection gap. */
  gapToleranceMs: number;
}

export const DEFAULT_STREAMING: StreamingOptions = { rmssdWindowMs: 60_000, coherenceWindowMs: 64_000, coherenceEveryMs: 5_000, gapToleranceMs: 1_500 };

export interface ArtifactFlag {
  index: number;
  kind: ArtifactKind;
}

/**
 * A live RMSSD from fewer clean differences than this is shown as provisional: ultra-short RMSSD
 * settles from about 30 beats on (the same floor the session summary uses per phase).
 */
export const LIVE_RMSSD_MIN_DIFFERENCES = 30;

export interface LiveMetrics {
  beatCount: number;
  tMs: number;
  rrMs: number;
  /** 60000 / mean of the last (up to 5) RR not flagged as artifacts. */
  hrBpm: number;
  /** RMSSD over the last 60 s, leaving out successive differences that touch a flagged beat or a gap. */
  rmssdMs: number | null;
  /** Clean successive differences behind `rmssdMs`; below `LIVE_RMSSD_MIN_DIFFERENCES` it is provisional. */
  rmssdDifferences: number;
  /** Time the RMSSD window actually covers (less than 60 s early in a session). */
  rmssdSpanMs: number;
  /** RMSSD over the last 60 s of raw RR (only gaps left out). */
  rmssdRawMs: number | null;
  coherence: number | null;
  coherencePeakHz: number | null;
  /** Flags that became final with this push (they never change again). */
  finalFlags: ArtifactFlag[];
  /** Current guesses for the newest beats, not yet final. */
  provisionalFlags: ArtifactFlag[];
  /** Final flags as a percentage of beats whose flag is final. */
  artifactPercent: number;
}

/**
 * Live analysis, one BLE packet at a time. Every structure is bounded (ring buffers, sorted windows
 * of fixed size, running sums), so the cost per beat does not grow with the session's length.
 */
export class StreamingAnalyser {
  private readonly options: StreamingOptions;
  private readonly detector = new StreamingDetector();
  private readonly window: BeatWindow;
  private finalArtifacts = 0;
  private lastCoherenceTMs = Number.NEGATIVE_INFINITY;
  private coherence: { value: number; peakHz: number } | null = null;
  private last: Beat | null = null;
  /** Coherence reads beats from here on (the current breathing phase); null: no coherence (a rest). */
  private coherenceFromMs: number | null = Number.NEGATIVE_INFINITY;

  constructor(options: Partial<StreamingOptions> = {}) {
    this.options = { ...DEFAULT_STREAMING, ...options };
    this.window = new BeatWindow(this.options.rmssdWindowMs);
  }

  push(beats: readonly Beat[]): LiveMetrics {
    const finalFlags: ArtifactFlag[] = [];
    for (const beat of beats) this.pushOne(beat, finalFlags);
    return this.metrics(finalFlags);
  }

  /**
   * Limit live coherence to beats from `tMs` on (the start of the paced breathing, or its last resume);
   * null stops it (rests, pauses): coherence of a rest would say nothing about the breathing.
   */
  setCoherenceFrom(tMs: number | null): void {
    this.coherenceFromMs = tMs;
    this.lastCoherenceTMs = Number.NEGATIVE_INFINITY;
    this.coherence = null;
    if (tMs !== null && this.last) this.updateCoherence(this.last.tMs);
  }

  private pushOne(beat: Beat, finalFlags: ArtifactFlag[]): void {
    if (!(beat.rrMs > 0) || !Number.isFinite(beat.tMs) || (this.last && beat.tMs < this.last.tMs)) return;
    const gap = this.last !== null && beat.tMs - this.last.tMs > beat.rrMs + this.options.gapToleranceMs;
    this.last = beat;
    const index = this.detector.push(beat.rrMs);
    const newest = this.detector.count - 1;
    this.window.append(newest, beat.tMs, beat.rrMs, gap);
    if (index >= 0) {
      const code = this.detector.finalKind(index);
      this.window.setCode(index, code);
      const kind = KIND_BY_CODE[code];
      if (kind) {
        this.finalArtifacts++;
        finalFlags.push({ index, kind });
      }
    }
    // Provisional guesses for the two newest beats (the older one now knows its successor), reconciled
    // as the final flags are: one event, one flag.
    const older = this.detector.provisionalKind(newest - 1);
    const newer = this.detector.provisionalKind(newest);
    // An ectopic call needs its successor, so it comes one push late: the premature interval before it
    // (guessed "short" a push ago) is part of the same event.
    const third = newest - 2;
    if (third > index) this.window.setCode(third, reconcileKind(this.window.codeAt(third - 1), this.window.codeAt(third), older));
    if (newest - 1 > index) this.window.setCode(newest - 1, reconcileKind(this.window.codeAt(newest - 2), older, newer));
    if (newest > index) this.window.setCode(newest, reconcileKind(this.window.codeAt(newest - 1), newer, KIND_CODE.none));
    if (beat.tMs - this.lastCoherenceTMs >= this.options.coherenceEveryMs) this.updateCoherence(beat.tMs);
  }

  private updateCoherence(tMs: number): void {
    if (this.coherenceFromMs === null) return;
    const rr = this.window.cleanRrSince(Math.max(tMs - this.options.coherenceWindowMs, this.coherenceFromMs));
    // Too little clean RR since the gap or the phase start: back to collecting, never a stale value.
    if (!rr) {
      this.coherence = null;
      return;
    }
    this.lastCoherenceTMs = tMs;
    const spectrum = computePowerSpectrum(interpolateGaps(rr), { segmentS: this.options.coherenceWindowMs / 1000, overlap: 0.5, minNfft: 512 });
    if (!spectrum) return;
    const { coherence, peakHz } = computeCoherence(spectrum);
    this.coherence = Number.isNaN(coherence) ? null : { value: coherence, peakHz };
  }

  private metrics(finalFlags: ArtifactFlag[]): LiveMetrics {
    const count = this.detector.count;
    const provisionalFlags: ArtifactFlag[] = [];
    for (let i = Math.max(0, count - FINAL_LAG); i < count; i++) {
      const kind = KIND_BY_CODE[this.window.codeAt(i)];
      if (kind) provisionalFlags.push({ index: i, kind });
    }
    const finalised = Math.max(0, count - FINAL_LAG);
    const coverage = this.window.rmssdCoverage(true);
    return {
      beatCount: count,
      tMs: this.last?.tMs ?? 0,
      rrMs: this.last?.rrMs ?? 0,
      hrBpm: this.window.recentHrBpm(5),
      rmssdMs: this.window.rmssdMs(true),
      rmssdDifferences: coverage.differences,
      rmssdSpanMs: coverage.spanMs,
      rmssdRawMs: this.window.rmssdMs(false),
      coherence: this.coherence?.value ?? null,
      coherencePeakHz: this.coherence?.peakHz ?? null,
      finalFlags,
      provisionalFlags,
      artifactPercent: finalised > 0 ? (100 * this.finalArtifacts) / finalised : 0,
    };
  }
}

