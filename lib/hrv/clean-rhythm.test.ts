// Issue #9: artifact detection that never "corrects" a healthy heart. The physiological floors under the
// detection thresholds (artifact-rules.ts, ARTIFACTS.md) against seeded synthetic series: no flag on calm
// rhythms, few on livelier ones, every injected artifact still found, RMSSD after correction unbiased,
// and one verdict for the live view, the chart and the summary.
import { describe, expect, it } from 'vitest';
import { analyzeRecording } from './analyze';
import { detectArtifacts } from './artifacts';
import { StreamingAnalyser } from './streaming';
import { FINAL_LAG } from './streaming-detector';
import { summarizeSession } from './summary';
import { createRng, generateCalmRr, generateRr, injectArtifacts, NOISE_SHAPES, type InjectedEvent, type NoiseShape } from './synthetic';
import { computeTimeDomain } from './time-domain';
import { KIND_BY_CODE, type Beat } from './types';

const HEART_RATES = [45, 60, 75, 90, 105, 120];
/** Amplitudes (ms) of the 0.1 Hz breathing swing. */
const SWINGS = [0, 15, 40, 80];
/** Series lengths in minutes (and the shortest: 30 beats). */
const LENGTHS: { name: string; beats: (hr: number) => number }[] = [
  { name: '30 beats', beats: () => 30 },
  { name: '2 min', beats: (hr) => 2 * hr },
  { name: '20 min', beats: (hr) => 20 * hr },
  { name: '3 h', beats: (hr) => 180 * hr },
];
const rrOf = (hr: number) => 60000 / hr;

function seedOf(...parts: number[]): number {
  return parts.reduce((h, p) => (Math.imul(h ^ Math.round(p * 1000), 0x9e3779b1) >>> 0) + 1, 17);
}

function toBeats(rrMs: ArrayLike<number>): Beat[] {
  let tMs = 0;
  return Array.from(rrMs, (rr) => ({ tMs: (tMs += rr), rrMs: rr }));
}

/** The benchmark recordings (benchmarks.ts): 70 bpm, 1 % injected ectopic, missed and extra beats. */
function benchmarkRecording(beats: number, seed: number) {
  const clean = generateRr({ beats, meanHrBpm: 70, seed });
  return { clean, ...injectArtifacts(clean, 0.01, seed + 1) };
}

/** RR indices an injected event changed (an ectopic or extra changes two intervals), ±1. */
function nearEvent(flag: number, e: InjectedEvent): boolean {
  return flag >= e.index - 1 && flag <= e.index + (e.kind === 'missed' ? 0 : 1) + 1;
}

describe('calm clean rhythms: not a single flag', () => {
  // White beat-to-beat noise from 2 ms RMSSD up to 1 % of the mean RR (0.75 % for heavy-tailed Laplace
  // noise; the series, ±10 ms uniform at 900 ms, is 0.9 %), with a 0.1 Hz swing of up to 80 ms
  // on top: total RMSSD from 2 to ~50 ms. ARTIFACTS.md says why white noise cannot go much higher.
  const noiseLevels: { name: string; rmssdMs: (hr: number, shape: NoiseShape) => number }[] = [
    { name: '2 ms', rmssdMs: () => 2 },
    { name: '0.5 %', rmssdMs: (hr) => 0.005 * rrOf(hr) },
    { name: 'top', rmssdMs: (hr, shape) => (shape === 'laplace' ? 0.0075 : 0.01) * rrOf(hr) },
  ];

  it.each(LENGTHS.map((l) => [l.name, l] as const))('%s: 45–120 bpm, Gaussian, uniform and Laplace noise, 0–80 ms swing', (_name, length) => {
    const flagged: string[] = [];
    let minRmssd = Number.POSITIVE_INFINITY;
    let maxRmssd = 0;
    let series = 0;
    for (const hr of HEART_RATES) {
      for (const [shapeIndex, noise] of NOISE_SHAPES.entries()) {
        for (const breathingAmpMs of SWINGS) {
          for (const [levelIndex, level] of noiseLevels.entries()) {
            const beats = length.beats(hr);
            const rr = generateCalmRr({ beats, meanHrBpm: hr, seed: seedOf(hr, shapeIndex, breathingAmpMs, levelIndex, beats), noiseRmssdMs: level.rmssdMs(hr, noise), noise, breathingAmpMs });
            const rmssd = computeTimeDomain(rr).rmssdMs;
            minRmssd = Math.min(minRmssd, rmssd);
            maxRmssd = Math.max(maxRmssd, rmssd);
            series++;
            const total = detectArtifacts(rr).counts.total;
            if (total > 0) flagged.push(`${hr} bpm, ${noise} ${level.name}, swing ${breathingAmpMs} ms: ${total} flags`);
          }
        }
      }
    }
    console.info(`calm, ${length.name}: ${series} series, RMSSD ${minRmssd.toFixed(1)}–${maxRmssd.toFixed(1)} ms, ${flagged.length} with a flag`);
    expect(flagged).toEqual([]);
    // The grid spans the calm range the issue names (RMSSD from 2 to about 30 ms).
    expect(minRmssd).toBeLessThanOrEqual(2);
    expect(maxRmssd).toBeGreaterThanOrEqual(30);
  });

  it("the issue's series (RR 900 ms, 15 ms swing, ±10 ms noise): 2-min baselines keep the RMSSD of the beats sent", () => {
    for (const shape of ['uniform', 'gaussian'] as const) {
      for (let seed = 1; seed <= 150; seed++) {
        const rng = createRng(seed);
        const beats: Beat[] = [];
        let tMs = 0;
        while (tMs < 120_000) {
          // ±10 ms: uniform over ±10 ms, or Gaussian with a 10 ms SD (the looser reading).
          const noise = shape === 'uniform' ? 20 * rng() - 10 : 10 * Math.sqrt(-2 * Math.log(Math.max(rng(), 1e-12))) * Math.cos(2 * Math.PI * rng());
          const rrMs = 900 + 15 * Math.sin(2 * Math.PI * 0.1 * (tMs / 1000)) + noise;
          tMs += rrMs;
          beats.push({ tMs, rrMs });
        }
        const baseline = summarizeSession({ beats, phases: [{ phase: 'baseline', startS: 0, endS: 120 }] }).phases[0];
        const sent = beats.filter((b) => b.tMs < 120_000).map((b) => b.rrMs);
        expect(baseline?.artifacts.total, `${shape} seed ${seed}`).toBe(0);
        expect(baseline?.corrected.rmssdMs).toBeCloseTo(computeTimeDomain(sent).rmssdMs, 9);
      }
    }
  });
});

describe('livelier clean series: at most 1 flag per 1,000 beats', () => {
  it('white noise up to 1.5 % of RR (Laplace) and 2 % (Gaussian, uniform), 3 h, 45–120 bpm, 0–80 ms swing', () => {
    const worst: string[] = [];
    let max = 0;
    for (const hr of HEART_RATES) {
      for (const [shapeIndex, noise] of NOISE_SHAPES.entries()) {
        const levels = noise === 'laplace' ? [0.015] : [0.015, 0.02];
        for (const level of levels) {
          for (const breathingAmpMs of [0, 40, 80]) {
            const beats = 180 * hr;
            const rr = generateCalmRr({ beats, meanHrBpm: hr, seed: seedOf(hr, shapeIndex, level, breathingAmpMs), noiseRmssdMs: level * rrOf(hr), noise, breathingAmpMs });
            const perThousand = (1000 * detectArtifacts(rr).counts.total) / beats;
            max = Math.max(max, perThousand);
            if (perThousand > 1) worst.push(`${hr} bpm ${noise} ${100 * level} % swing ${breathingAmpMs}: ${perThousand.toFixed(2)}`);
          }
        }
      }
    }
    console.info(`lively white noise: at most ${max.toFixed(2)} flags per 1,000 beats`);
    expect(worst).toEqual([]);
  });

  it('physiological series (drift, 0.1 Hz LF, respiratory sinus arrhythmia, noise), 3 h, 60–120 bpm', () => {
    const variants = [
      { name: 'default', options: {} },
      { name: 'strong RSA and LF', options: { breathingAmpMs: 50, lfAmpMs: 40 } },
      { name: 'paced 0.1 Hz, 80 ms', options: { breathingAmpMs: 80, breathingHz: 0.1 } },
      { name: 'noisier, 0.2 Hz', options: { noiseMs: 10, breathingAmpMs: 40, lfAmpMs: 30, breathingHz: 0.2 } },
      { name: 'quiet', options: { noiseMs: 2, breathingAmpMs: 10, lfAmpMs: 10 } },
    ];
    const over: string[] = [];
    let max = 0;
    for (const hr of HEART_RATES.filter((h) => h >= 60)) {
      for (const [i, variant] of variants.entries()) {
        const beats = 180 * hr;
        const rr = generateRr({ beats, meanHrBpm: hr, seed: seedOf(hr, i), ...variant.options });
        const perThousand = (1000 * detectArtifacts(rr).counts.total) / beats;
        max = Math.max(max, perThousand);
        if (perThousand > 1) over.push(`${hr} bpm ${variant.name}: ${perThousand.toFixed(2)}`);
      }
    }
    console.info(`physiological: at most ${max.toFixed(2)} flags per 1,000 beats`);
    expect(over).toEqual([]);
  });
});

describe('the 24-hour benchmark series', () => {
  const day = benchmarkRecording(100_000, 24);

  it('at most 1 false flag per 1,000 clean beats, with and without the injected artifacts', () => {
    const flags = Object.values(detectArtifacts(day.rrMs).indices).flat();
    const falseFlags = flags.filter((f) => !day.events.some((e) => nearEvent(f, e))).length;
    const cleanBeats = day.rrMs.length - day.events.reduce((n, e) => n + (e.kind === 'missed' ? 1 : 2), 0);
    const onClean = detectArtifacts(day.clean).counts.total;
    console.info(`24 h: ${falseFlags} false flags (${((1000 * falseFlags) / cleanBeats).toFixed(2)} per 1,000 clean beats); uninjected: ${onClean} (${((1000 * onClean) / day.clean.length).toFixed(2)})`);
    expect((1000 * falseFlags) / cleanBeats).toBeLessThanOrEqual(1);
    expect((1000 * onClean) / day.clean.length).toBeLessThanOrEqual(1);
  });

  it('RMSSD after correction within ±1 % of the clean series (24 h) and ±0.5 % (20 min)', () => {
    const errorOf = (r: ReturnType<typeof benchmarkRecording>) => analyzeRecording(r.rrMs).corrected.rmssdMs / computeTimeDomain(r.clean).rmssdMs - 1;
    const dayError = errorOf(day);
    // The 20-minute benchmark series (seed 20), then 100 more 20-minute series with 1 % artifacts.
    const sessionError = errorOf(benchmarkRecording(1200, 20));
    const others = Array.from({ length: 100 }, (_, k) => errorOf(benchmarkRecording(1200, 1000 + k)));
    const mean = others.reduce((s, e) => s + e, 0) / others.length;
    const inside = others.filter((e) => Math.abs(e) <= 0.005).length;
    const worst = others.reduce((w, e) => (Math.abs(e) > Math.abs(w) ? e : w), 0);
    console.info(`RMSSD after correction: 24 h ${(100 * dayError).toFixed(3)} %, 20 min ${(100 * sessionError).toFixed(3)} %; 100 other 20-min series: mean ${(100 * mean).toFixed(3)} %, ${inside} within ±0.5 %, worst ${(100 * worst).toFixed(2)} %`);
    expect(Math.abs(dayError)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(sessionError)).toBeLessThanOrEqual(0.005);
    // Across sessions the correction is unbiased to well within the target; single sessions vary with
    // where their ~12 artifacts fall, so a few land just outside it.
    expect(Math.abs(mean)).toBeLessThanOrEqual(0.0025);
    expect(inside).toBeGreaterThanOrEqual(90);
    expect(Math.abs(worst)).toBeLessThanOrEqual(0.0125);
  });
});

describe('injected artifacts are still found', () => {
  const series: { name: string; make: (hr: number) => Float64Array }[] = [
    { name: 'physiological', make: (hr) => generateRr({ beats: 6000, meanHrBpm: hr, seed: hr }) },
    { name: 'calm, 1 % noise, 15 ms swing', make: (hr) => generateCalmRr({ beats: 6000, meanHrBpm: hr, seed: hr, noiseRmssdMs: 0.01 * rrOf(hr), breathingAmpMs: 15 }) },
    { name: 'calm, 2 ms Laplace noise', make: (hr) => generateCalmRr({ beats: 6000, meanHrBpm: hr, seed: hr + 1, noiseRmssdMs: 2, noise: 'laplace' }) },
    { name: 'calm, 80 ms swing', make: (hr) => generateCalmRr({ beats: 6000, meanHrBpm: hr, seed: hr + 2, noiseRmssdMs: 0.005 * rrOf(hr), breathingAmpMs: 80 }) },
  ];

  it.each(series.map((s) => [s.name, s] as const))('%s: recall ≥ 0.99 per kind at every heart rate (ectopic 25–40 % premature)', (_name, s) => {
    const lines: string[] = [];
    for (const hr of HEART_RATES) {
      const { rrMs, events } = injectArtifacts(s.make(hr), 0.02, hr * 7 + 1, 8, { min: 0.25, width: 0.15 });
      const a = analyzeRecording(rrMs);
      const flags = Object.values(a.artifactIndices).flat();
      for (const kind of ['ectopic', 'missed', 'extra'] as const) {
        const ofKind = events.filter((e) => e.kind === kind);
        const found = ofKind.filter((e) => flags.some((f) => nearEvent(f, e))).length;
        // Named as what it is, so the correction treats it right.
        const named = ofKind.filter((e) => a.artifactIndices[kind].some((f) => nearEvent(f, e))).length;
        lines.push(`${hr} ${kind} ${found}/${ofKind.length}`);
        expect(ofKind.length, `${hr} bpm ${kind}`).toBeGreaterThan(20);
        expect(found / ofKind.length, `${hr} bpm ${kind}`).toBeGreaterThanOrEqual(0.99);
        expect(named / ofKind.length, `${hr} bpm ${kind} named`).toBeGreaterThanOrEqual(0.97);
      }
    }
    console.info(`recall, ${s.name}: ${lines.join(', ')}`);
  });
});

describe('one verdict: live flags, chart flags and the summary', () => {
  function stream(beats: Beat[]) {
    const analyser = new StreamingAnalyser();
    const finals = new Map<number, string>();
    let provisional = 0;
    let last = null;
    for (let i = 0; i < beats.length; ) {
      const size = 1 + (i % 3);
      last = analyser.push(beats.slice(i, i + size));
      for (const f of last.finalFlags) finals.set(f.index, f.kind);
      provisional += last.provisionalFlags.length;
      i += size;
    }
    return { finals, provisional, last };
  }

  it('a calm session: no live flag (final or provisional), none in the summary, RMSSD of the beats sent', () => {
    for (const [i, noise] of NOISE_SHAPES.entries()) {
      for (const hr of [50, 75, 110]) {
        const rr = generateCalmRr({ beats: 20 * hr, meanHrBpm: hr, seed: seedOf(i, hr), noiseRmssdMs: 0.01 * rrOf(hr), noise, breathingAmpMs: 40 });
        const beats = toBeats(rr);
        const { finals, provisional, last } = stream(beats);
        expect(finals.size).toBe(0);
        expect(provisional).toBe(0);
        expect(detectArtifacts(rr).counts.total).toBe(0);
        const endS = (beats[beats.length - 1] as Beat).tMs / 1000 + 1;
        const summary = summarizeSession({ beats, phases: [{ phase: 'baseline', startS: 0, endS }] }).phases[0];
        expect(summary?.artifacts.total).toBe(0);
        expect(summary?.corrected.rmssdMs).toBeCloseTo(computeTimeDomain(rr).rmssdMs, 9);
        // The live RMSSD of the last minute is the RMSSD of those beats as sent.
        const lastMinute = beats.filter((b) => b.tMs > (beats[beats.length - 1] as Beat).tMs - 60_000).map((b) => b.rrMs);
        expect(last?.rmssdMs ?? 0).toBeCloseTo(computeTimeDomain(lastMinute).rmssdMs, 9);
      }
    }
  });

  it('a calm series with artifacts: streaming finalises the batch flags, floors included', () => {
    const clean = generateCalmRr({ beats: 3000, meanHrBpm: 80, seed: 5, noiseRmssdMs: 7, noise: 'laplace', breathingAmpMs: 40 });
    const { rrMs } = injectArtifacts(clean, 0.03, 6);
    const batch = detectArtifacts(rrMs);
    const { finals } = stream(toBeats(rrMs));
    expect(batch.counts.total).toBeGreaterThan(50);
    for (let j = 100; j < rrMs.length - FINAL_LAG; j++) expect(finals.get(j) ?? null, `beat ${j}`).toBe(KIND_BY_CODE[batch.codes[j] as number]);
  });

  it("at a session's end the chart's flags (final + last provisional) are the summary's", () => {
    let tail = 0;
    let missing = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const { rrMs } = injectArtifacts(generateRr({ beats: 600, meanHrBpm: 70, seed }), 0.02, seed + 5);
      const analyser = new StreamingAnalyser();
      const chart = new Set<number>();
      let provisional: number[] = [];
      for (const beat of toBeats(rrMs)) {
        const m = analyser.push([beat]);
        for (const f of m.finalFlags) chart.add(f.index);
        provisional = m.provisionalFlags.map((f) => f.index);
      }
      for (const i of provisional) chart.add(i);
      const batch = detectArtifacts(rrMs);
      // No flag on the chart that the summary does not have.
      for (const i of chart) expect(batch.codes[i], `seed ${seed}, beat ${i}`).not.toBe(0);
      for (let j = 0; j < rrMs.length; j++) {
        if (batch.codes[j] === 0) continue;
        if (j >= rrMs.length - FINAL_LAG) tail++;
        if (!chart.has(j)) {
          expect(j, `seed ${seed}: beat ${j} flagged by the summary only`).toBeGreaterThanOrEqual(rrMs.length - FINAL_LAG);
          missing++;
        }
      }
    }
    // The newest beats are judged without their later neighbours: a few long/short calls come only later.
    console.info(`session end: ${tail - missing} of ${tail} summary flags in the last ${FINAL_LAG} beats also on the chart`);
    expect(missing / tail).toBeLessThanOrEqual(0.06);
  });
});
