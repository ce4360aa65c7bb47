import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeRecording } from './analyze';
import { computeSpectrum } from './spectrum';
import {
  BUNDLED_REFERENCE_DIR,
  BUNDLED_REFERENCE_FILES,
  SHARED_REFERENCE_DIR,
  SHARED_REFERENCE_DIR_FROM_ROOT,
  SHARED_REFERENCE_FILES,
  loadBundledReference,
  loadSharedReference,
  sharedReferenceAvailable,
  type ReferenceRecording,
} from './testing/reference-data';

/** Bin width of the reference spectra: 4 Hz resampling, nfft 2048. */
const BIN_HZ = 4 / 2048;

// The BSD-3-Clause recording is bundled and always checked. The GPL-3.0 recordings stay outside the
// repository: they are checked whenever ../shared/hrv-reference exists (CI always has it), and skipped,
// with one line saying so, in a clone with nothing beside it.
const HAS_SHARED = sharedReferenceAvailable();
if (!HAS_SHARED) {
  console.log(
    `HRV reference: comparisons on the GPL-3.0 files were not run: ${SHARED_REFERENCE_DIR_FROM_ROOT} not found (only the bundled BSD-3-Clause file was checked).`,
  );
}

function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected) / Math.abs(expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** Each flag in `a` has one in `b` within ±1 index. */
function allNear(a: number[], b: number[]): boolean {
  return a.every((i) => b.some((j) => Math.abs(i - j) <= 1));
}

/** The comparisons for one recording; `load` runs inside each test, so a load failure fails every test. */
function compareWithReference(load: () => ReferenceRecording): void {
  it('raw metrics equal the textbook values to 1e-6 relative', () => {
    const { rrMs, golden } = load();
    const tb = golden.raw.textbook;
    const a = analyzeRecording(rrMs);
    expect(a.n).toBe(tb.n_rr);
    expectRelative(a.durationS, tb.duration_s, 1e-6);
    expectRelative(a.raw.meanRrMs, tb.mean_rr_ms, 1e-6);
    expectRelative(a.raw.meanHrBpm, tb.mean_hr_bpm_60000_over_meanRR, 1e-6);
    expectRelative(a.raw.rmssdMs, tb.rmssd_ms, 1e-6);
    expectRelative(a.raw.lnRmssd, tb.ln_rmssd, 1e-6);
    expectRelative(a.raw.sdnnMs, tb.sdnn_ms_ddof1, 1e-6);
    expectRelative(a.raw.pnn50, tb.pnn50_pct_over_n_diffs, 1e-6);
  });

  it('flags the same beats as systole and NeuroKit2 (±1 index)', () => {
    const { rrMs, golden } = load();
    const a = analyzeRecording(rrMs);
    const mine = Object.values(a.artifactIndices).flat();
    const systole = Object.values(golden.systole_artefacts).flat();
    // NeuroKit2 reports peak indices: RR index + 1.
    const neurokit = Object.values(golden.neurokit_artifacts_first_pass).flat().map((i) => i - 1);
    expect(allNear(mine, systole) && allNear(systole, mine), `mine ${mine} vs systole ${systole}`).toBe(true);
    expect(allNear(mine, neurokit) && allNear(neurokit, mine), `mine ${mine} vs NeuroKit2 ${neurokit}`).toBe(true);
    // Where systole names a missed or ectopic beat, so do we.
    expect(a.artifactIndices.missed).toEqual(golden.systole_artefacts.missed);
    expect(a.artifactIndices.ectopic).toEqual(golden.systole_artefacts.ectopic);
  });

  it('corrected RMSSD lies within [0.97·min, 1.03·max] of the two references', () => {
    const { rrMs, golden } = load();
    const a = analyzeRecording(rrMs);
    const systole = golden.corrected.systole_correct_rr.rmssd_ms;
    const neurokit = golden.corrected.neurokit_kubios_iterative.rmssd_ms;
    expect(a.corrected.rmssdMs).toBeGreaterThanOrEqual(0.97 * Math.min(systole, neurokit));
    expect(a.corrected.rmssdMs).toBeLessThanOrEqual(1.03 * Math.max(systole, neurokit));
  });

  // Same method as own_kubios_like_freq on the same (raw) input: band powers within 2 %, peaks within one bin.
  it('raw spectrum matches own_kubios_like_freq', () => {
    const { rrMs, golden } = load();
    const ref = golden.raw.own_kubios_like_freq;
    const s = computeSpectrum(rrMs);
    if (!s) throw new Error('spectrum missing');
    expectRelative(s.vlfMs2, ref.vlf_ms2, 0.02);
    expectRelative(s.lfMs2, ref.lf_ms2, 0.02);
    expectRelative(s.hfMs2, ref.hf_ms2, 0.02);
    expect(Math.abs(s.lfPeakHz - ref.lf_peak_hz)).toBeLessThanOrEqual(BIN_HZ + 1e-12);
    expect(Math.abs(s.hfPeakHz - ref.hf_peak_hz)).toBeLessThanOrEqual(BIN_HZ + 1e-12);
  });

  // After correction the input differs from NeuroKit2's corrected series (other correction rules),
  // so band powers get 25 %; the LF peak must still agree to one bin.
  it('corrected spectrum agrees with own_kubios_like_freq of NeuroKit2-corrected RR', () => {
    const { rrMs, golden } = load();
    const ref = golden.corrected.neurokit_kubios_iterative.own_kubios_like_freq;
    const spectrum = analyzeRecording(rrMs).spectrum;
    if (!spectrum) throw new Error('spectrum missing');
    expectRelative(spectrum.lf, ref.lf_ms2, 0.25);
    expectRelative(spectrum.hf, ref.hf_ms2, 0.25);
    expect(Math.abs(spectrum.peakHz - ref.lf_peak_hz)).toBeLessThanOrEqual(BIN_HZ + 1e-12);
  });
}

describe(`HRV engine against the bundled BSD-3-Clause reference data (${path.relative(process.cwd(), BUNDLED_REFERENCE_DIR)})`, () => {
  describe.each(BUNDLED_REFERENCE_FILES)('%s', (name) => {
    compareWithReference(() => loadBundledReference(name));
  });
});

describe.skipIf(!HAS_SHARED)(`HRV engine against the GPL-3.0 reference data in ${SHARED_REFERENCE_DIR_FROM_ROOT}`, () => {
  it('finds golden.json and both GPL-3.0 files', () => {
    for (const file of ['golden.json', ...SHARED_REFERENCE_FILES.map((name) => `${name}.txt`)]) {
      expect(existsSync(path.join(SHARED_REFERENCE_DIR, file)), `expected ${path.join(SHARED_REFERENCE_DIR, file)}`).toBe(true);
    }
  });

  describe.each(SHARED_REFERENCE_FILES)('%s', (name) => {
    compareWithReference(() => loadSharedReference(name));
  });
});
