import { detectArtifacts, excludedBeats } from './artifacts';
import { correctArtifacts } from './correct';
import { computeCoherence } from './coherence';
import { splitIntoRuns } from './phase-runs';
import { computeRsaAmplitude } from './rsa';
import type { ParasympatheticShift, PhaseMark, PhaseQualityReason, PhaseSummary, SessionInput, SessionSummary, ShiftQualityReason } from './session-types';
import { computePowerSpectrum } from './spectrum';
import { computeTimeDomainFromSegments } from './time-domain';
import { ARTIFACT_KINDS, KIND_CODE, type ArtifactCounts, type Beat } from './types';

/**
 * A phase's RMSSD is trusted from 30 beats and 60 s of analysed RR (ultra-short RMSSD agrees with
 * 5-minute values from about 60 s on) with at most 5 % of beats flagged as artifacts. Below that the
 * value is still reported, but flagged with a reason, never silently averaged into the shift.
 *
 * The analysed RR of a phase is the RR of the beats that fall in it, so its sum is the phase's length
 * give or take the beat its start and its end cut through: a whole 60-s phase sums to anywhere from one
 * beat under to one beat over 60 s, and was flagged as too short three times in four. The check
 * therefore adds one beat (the phase's mean RR) to the sum before comparing, and no more: a phase more
 * than two beats short of 60 s, by its length or by beats lost to a gap, is always flagged.
 */
export const PHASE_QUALITY = { minBeats: 30, minAnalysedS: 60, maxArtifactPercent: 5 } as const;

export function summarizeSession(input: SessionInput): SessionSummary {
  const phases = input.phases.map((mark) => summarizePhase(input, mark));
  const baseline = phases.find((p) => p.phase === 'baseline');
  const recovery = [...phases].reverse().find((p) => p.phase === 'recovery');
  return { phases, shift: computeShift(baseline, recovery) };
}

/** A phase's beats in runs between gaps, each with its artifact detection: the one verdict the summary uses. */
function detectPhase(input: SessionInput, mark: PhaseMark) {
  const runs = splitIntoRuns(input.beats, mark.startS, mark.endS, input.gaps ?? []);
  const rawRuns = runs.map((run) => Float64Array.from(run, (b) => b.rrMs));
  return { runs, rawRuns, detections: rawRuns.map((rr) => detectArtifacts(rr)) };
}

/**
 * The beats the summary flags as artifacts, phase by phase: the session chart marks exactly these, so its
 * dots and the table's percentages come from one detector and always agree.
 */
export function flaggedBeats(input: SessionInput): Beat[] {
  return input.phases.flatMap((mark) => {
    const { runs, detections } = detectPhase(input, mark);
    return runs.flatMap((run, r) => run.filter((_, i) => (detections[r]!.codes[i] as number) !== KIND_CODE.none));
  });
}

/** A phase's RR after Lipponen–Tarvainen correction, its runs joined: what its spectrum is computed from. */
export function correctedPhaseRr(input: SessionInput, mark: PhaseMark): Float64Array {
  const { rawRuns, detections } = detectPhase(input, mark);
  return concat(rawRuns.map((rr, r) => correctArtifacts(rr, detections[r]!)));
}

function summarizePhase(input: SessionInput, mark: PhaseMark): PhaseSummary {
  const { runs, rawRuns, detections } = detectPhase(input, mark);
  const counts: ArtifactCounts = { ectopic: 0, missed: 0, extra: 0, long: 0, short: 0, total: 0, percent: 0 };
  const correctedRuns: Float64Array[] = [];
  const cleanBeats: Beat[] = [];
  let beats = 0;
  let analysedMs = 0;
  runs.forEach((run, r) => {
    const rr = rawRuns[r] as Float64Array;
    const detection = detections[r]!;
    correctedRuns.push(correctArtifacts(rr, detection));
    for (const kind of ARTIFACT_KINDS) counts[kind] += detection.counts[kind];
    const excluded = excludedBeats(detection.codes);
    run.forEach((beat, i) => {
      beats++;
      analysedMs += beat.rrMs;
      if (excluded[i] === 0) cleanBeats.push(beat);
    });
  });
  for (const kind of ARTIFACT_KINDS) counts.total += counts[kind];
  counts.percent = beats > 0 ? (100 * counts.total) / beats : 0;

  const spectrum = correctedRuns.length > 0 ? computePowerSpectrum(concat(correctedRuns)) : null;
  const coherence = spectrum ? computeCoherence(spectrum) : null;
  const cycles = input.pacerCycleStartsS?.filter((s) => s >= mark.startS && s < mark.endS);
  const reasons: PhaseQualityReason[] = [];
  if (beats === 0) reasons.push('no-beats');
  else {
    if (beats < PHASE_QUALITY.minBeats) reasons.push('too-few-beats');
    if ((analysedMs + analysedMs / beats) / 1000 < PHASE_QUALITY.minAnalysedS) reasons.push('too-short');
    if (counts.percent > PHASE_QUALITY.maxArtifactPercent) reasons.push('too-many-artifacts');
  }
  return {
    phase: mark.phase,
    startS: mark.startS,
    endS: mark.endS,
    beats,
    analysedS: analysedMs / 1000,
    raw: computeTimeDomainFromSegments(rawRuns),
    corrected: computeTimeDomainFromSegments(correctedRuns),
    artifacts: counts,
    coherence: coherence && !Number.isNaN(coherence.coherence) ? coherence.coherence : null,
    coherencePeakHz: coherence && !Number.isNaN(coherence.peakHz) ? coherence.peakHz : null,
    rsa: cycles && cycles.length > 0 ? computeRsaAmplitude(cleanBeats, cycles, mark.endS) : null,
    quality: { ok: reasons.length === 0, reasons },
  };
}

function computeShift(baseline: PhaseSummary | undefined, recovery: PhaseSummary | undefined): ParasympatheticShift {
  const reasons: ShiftQualityReason[] = [];
  if (!baseline) reasons.push('missing-baseline');
  else if (!baseline.quality.ok) reasons.push('baseline-flagged');
  if (!recovery) reasons.push('missing-recovery');
  else if (!recovery.quality.ok) reasons.push('recovery-flagged');
  const base = finiteOrNull(baseline?.corrected.rmssdMs);
  const rec = finiteOrNull(recovery?.corrected.rmssdMs);
  const both = base !== null && rec !== null && base > 0 && rec > 0;
  return {
    baselineRmssdMs: base,
    recoveryRmssdMs: rec,
    rmssdMs: both ? rec - base : null,
    percent: both ? (100 * (rec - base)) / base : null,
    lnRmssd: both ? Math.log(rec) - Math.log(base) : null,
    quality: { ok: reasons.length === 0, reasons },
  };
}

function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}

function concat(parts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
