// Test-only loader for the real-recording reference data that reference.test.ts checks the engine against.
// Two sources:
// - bundled: lib/hrv/testdata (BSD-3-Clause, always present), one `<name>.txt` + `<name>.golden.json` each;
// - shared:  ../shared/hrv-reference beside the project root (GPL-3.0 files, kept outside the repository),
//            one `<name>.txt` each plus a common `golden.json`. Optional: CI has it, a lone clone does not.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Bundled with the project (BSD-3-Clause, see lib/hrv/testdata/README.md). */
export const BUNDLED_REFERENCE_FILES = ['polar_noisy_rest_300s'] as const;
/** GPL-3.0: read from the shared folder only, never copied into the repository. */
export const SHARED_REFERENCE_FILES = ['hrvanalysis_test_nn_intervals', 'systole_rr_ppg'] as const;

export type BundledReferenceFile = (typeof BUNDLED_REFERENCE_FILES)[number];
export type SharedReferenceFile = (typeof SHARED_REFERENCE_FILES)[number];

export const BUNDLED_REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../testdata');
/** The shared folder, as the project root (process.cwd()) sees it. */
export const SHARED_REFERENCE_DIR_FROM_ROOT = '../shared/hrv-reference';
export const SHARED_REFERENCE_DIR = path.resolve(process.cwd(), SHARED_REFERENCE_DIR_FROM_ROOT);

const kubiosLikeFreqSchema = z.object({
  vlf_ms2: z.number(),
  lf_ms2: z.number(),
  hf_ms2: z.number(),
  lf_peak_hz: z.number(),
  hf_peak_hz: z.number(),
});

/** The part of one file's golden values that the comparisons use (unlisted keys are ignored). */
const referenceGoldenSchema = z.object({
  raw: z.object({
    textbook: z.object({
      n_rr: z.number(),
      duration_s: z.number(),
      mean_rr_ms: z.number(),
      mean_hr_bpm_60000_over_meanRR: z.number(),
      rmssd_ms: z.number(),
      ln_rmssd: z.number(),
      sdnn_ms_ddof1: z.number(),
      pnn50_pct_over_n_diffs: z.number(),
    }),
    own_kubios_like_freq: kubiosLikeFreqSchema,
  }),
  corrected: z.object({
    systole_correct_rr: z.object({ rmssd_ms: z.number() }),
    neurokit_kubios_iterative: z.object({ rmssd_ms: z.number(), own_kubios_like_freq: kubiosLikeFreqSchema }),
  }),
  /** RR indices, 0-based. */
  systole_artefacts: z.object({
    ectopic: z.array(z.number()),
    long: z.array(z.number()),
    short: z.array(z.number()),
    missed: z.array(z.number()),
    extra: z.array(z.number()),
  }),
  /** Peak indices: RR index + 1. */
  neurokit_artifacts_first_pass: z.object({
    ectopic: z.array(z.number()),
    missed: z.array(z.number()),
    extra: z.array(z.number()),
    longshort: z.array(z.number()),
  }),
});

export type ReferenceGolden = z.infer<typeof referenceGoldenSchema>;

export interface ReferenceRecording {
  name: string;
  /** RR intervals in ms, in file order. */
  rrMs: number[];
  golden: ReferenceGolden;
}

const goldenFileSchema = z.record(z.string(), z.unknown());

function readJson(file: string): Record<string, unknown> {
  return goldenFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

function readRr(file: string): number[] {
  const values = readFileSync(file, 'utf8').trim().split(/\s+/).map(Number);
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new Error(`${file}: line ${bad + 1} is not a number`);
  return values;
}

function goldenFor(name: string, golden: Record<string, unknown>, file: string): ReferenceGolden {
  if (!(name in golden)) throw new Error(`${file} has no entry for ${name}`);
  const parsed = referenceGoldenSchema.safeParse(golden[name]);
  if (!parsed.success) throw new Error(`${file}, entry ${name}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const cache = new Map<string, ReferenceRecording>();

function cached(key: string, load: () => ReferenceRecording): ReferenceRecording {
  let recording = cache.get(key);
  if (!recording) {
    recording = load();
    cache.set(key, recording);
  }
  return recording;
}

/** A bundled recording, read from lib/hrv/testdata only. */
export function loadBundledReference(name: BundledReferenceFile): ReferenceRecording {
  return cached(`bundled:${name}`, () => {
    const goldenFile = path.join(BUNDLED_REFERENCE_DIR, `${name}.golden.json`);
    return {
      name,
      rrMs: readRr(path.join(BUNDLED_REFERENCE_DIR, `${name}.txt`)),
      golden: goldenFor(name, readJson(goldenFile), goldenFile),
    };
  });
}

/** Whether ../shared/hrv-reference exists relative to the project root. */
export function sharedReferenceAvailable(): boolean {
  return existsSync(SHARED_REFERENCE_DIR);
}

/** A GPL-3.0 recording from ../shared/hrv-reference; throws when the folder or a file is missing. */
export function loadSharedReference(name: SharedReferenceFile): ReferenceRecording {
  return cached(`shared:${name}`, () => {
    const goldenFile = path.join(SHARED_REFERENCE_DIR, 'golden.json');
    if (!existsSync(goldenFile)) {
      throw new Error(`HRV reference data missing: expected ${goldenFile} (${SHARED_REFERENCE_DIR_FROM_ROOT} from the project root, cwd ${process.cwd()})`);
    }
    return {
      name,
      rrMs: readRr(path.join(SHARED_REFERENCE_DIR, `${name}.txt`)),
      golden: goldenFor(name, readJson(goldenFile), goldenFile),
    };
  });
}
