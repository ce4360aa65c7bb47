import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeRecording } from './analyze';
import { computeSpectrum } from './spectrum';

// CI keeps the shared reference data beside the project; a missing folder must fail, never skip.
const REFERENCE_DIR = path.resolve(process.cwd(), '../shared/hrv-reference');
const FILES = ['hrvanalysis_test_nn_intervals', 'systole_rr_ppg', 'polar_noisy_rest_300s'] as const;
/** Bin width of the reference spectra: 4 Hz resampling, nfft 2048. */
const BIN_HZ = 4 / 2048;

type Json = Record<string, unknown>;
let loaded: { golden: Record<string, Json>; rrByFile: Map<string, number[]> } | null = null;

/** Loads on first use inside a test, so a missing folder fails every test with this message. */
function reference(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  if (!existsSync(path.join(REFERENCE_DIR, 'golden.json'))) {
    throw new Error(`HRV reference data missing: expected ${REFERENCE_DIR}/golden.json (../shared/hrv-reference from the project root, cwd ${process.cwd()})`);
  }
  const golden = JSON.parse(readFileSync(path.join(REFERENCE_DIR, 'golden.json'), 'utf8')) as Record<string, Json>;
  const rrByFile = new Map<string, number[]>();
  for (const name of FILES) {
    const text = readFileSync(path.join(REFERENCE_DIR, `${name}.txt`), 'utf8');
    rrByFile.set(name, text.trim().split(/\s+/).map(Number));
  }
  loaded = { golden, rrByFile };
  return loaded;
}

function at(obj: unknown, ...keys: string[]): Json {
  let cur = obj;
  for (const k of keys) cur = (cur as Json)[k];
  return cur as Json;
}

function rr(name: string): number[] {
  const values = reference().rrByFile.get(name);
  if (!values) throw new Error(`reference file ${name} not loaded`);
  return values;
}

function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected) / Math.abs(expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** Each flag in `a` has one in `b` within ±1 index. */
function allNear(a: number[], b: number[]): boolean {
  return a.every((i) => b.some((j) => Math.abs(i - j) <= 1));
}

describe('HRV engine against the shared reference data', () => {
  it('finds the reference folder', () => {
    expect(existsSync(REFERENCE_DIR), `expected reference data at ${REFERENCE_DIR}`).toBe(true);
  });

  describe.each(FILES)('%s', (name) => {
    it('raw metrics equal the textbook values to 1e-6 relative', () => {
      const tb = at(reference().golden[name], 'raw', 'textbook');
      const a = analyzeRecording(rr(name));
      expect(a.n).toBe(tb.n_rr);
      expectRelative(a.durationS, tb.duration_s as number, 1e-6);
      expectRelative(a.raw.meanRrMs, tb.mean_rr_ms as number, 1e-6);
      expectRelative(a.raw.meanHrBpm, tb.mean_hr_bpm_60000_over_meanRR as number, 1e-6);
      expectRelative(a.raw.rmssdMs, tb.rmssd_ms as number, 1e-6);
      expectRelative(a.raw.lnRmssd, tb.ln_rmssd as number, 1e-6);
      expectRelative(a.raw.sdnnMs, tb.sdnn_ms_ddof1 as number, 1e-6);
      expectRelative(a.raw.pnn50, tb.pnn50_pct_over_n_diffs as number, 1e-6);
    });

    it('flags the same beats as systole and NeuroKit2 (±1 index)', () => {
      const a = analyzeRecording(rr(name));
      const mine = Object.values(a.artifactIndices).flat();
      const systole = Object.values(at(reference().golden[name], 'systole_artefacts')).flat() as number[];
      // NeuroKit2 reports peak indices: RR index + 1.
      const neurokit = (Object.values(at(reference().golden[name], 'neurokit_artifacts_first_pass')).flat() as number[]).map((i) => i - 1);
      expect(allNear(mine, systole) && allNear(systole, mine), `mine ${mine} vs systole ${systole}`).toBe(true);
      expect(allNear(mine, neurokit) && allNear(neurokit, mine), `mine ${mine} vs NeuroKit2 ${neurokit}`).toBe(true);
      // Where systole names a missed or ectopic beat, so do we.
      const sys = at(reference().golden[name], 'systole_artefacts') as unknown as Record<string, number[]>;
      expect(a.artifactIndices.missed).toEqual(sys.missed);
      expect(a.artifactIndices.ectopic).toEqual(sys.ectopic);
    });

    it('corrected RMSSD lies within [0.97·min, 1.03·max] of the two references', () => {
      const a = analyzeRecording(rr(name));
      const systole = at(reference().golden[name], 'corrected', 'systole_correct_rr').rmssd_ms as number;
      const neurokit = at(reference().golden[name], 'corrected', 'neurokit_kubios_iterative').rmssd_ms as number;
      expect(a.corrected.rmssdMs).toBeGreaterThanOrEqual(0.97 * Math.min(systole, neurokit));
      expect(a.corrected.rmssdMs).toBeLessThanOrEqual(1.03 * Math.max(systole, neurokit));
    });

    // Same method as own_kubios_like_freq on the same (raw) input: band powers within 2 %, peaks within one bin.
    it('raw spectrum matches own_kubios_like_freq', () => {
      const ref = at(reference().golden[name], 'raw', 'own_kubios_like_freq');
      const s = computeSpectrum(rr(name));
      if (!s) throw new Error('spectrum missing');
      expectRelative(s.vlfMs2, ref.vlf_ms2 as number, 0.02);
      expectRelative(s.lfMs2, ref.lf_ms2 as number, 0.02);
      expectRelative(s.hfMs2, ref.hf_ms2 as number, 0.02);
      expect(Math.abs(s.lfPeakHz - (ref.lf_peak_hz as number))).toBeLessThanOrEqual(BIN_HZ + 1e-12);
      expect(Math.abs(s.hfPeakHz - (ref.hf_peak_hz as number))).toBeLessThanOrEqual(BIN_HZ + 1e-12);
    });

    // After correction the input differs from NeuroKit2's corrected series (other correction rules),
    // so band powers get 25 %; the LF peak must still agree to one bin.
    it('corrected spectrum agrees with own_kubios_like_freq of NeuroKit2-corrected RR', () => {
      const ref = at(reference().golden[name], 'corrected', 'neurokit_kubios_iterative', 'own_kubios_like_freq');
      const spectrum = analyzeRecording(rr(name)).spectrum;
      if (!spectrum) throw new Error('spectrum missing');
      expectRelative(spectrum.lf, ref.lf_ms2 as number, 0.25);
      expectRelative(spectrum.hf, ref.hf_ms2 as number, 0.25);
      expect(Math.abs(spectrum.peakHz - (ref.lf_peak_hz as number))).toBeLessThanOrEqual(BIN_HZ + 1e-12);
    });
  });
});
