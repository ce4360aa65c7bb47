import { describe, expect, it } from 'vitest';
import { computeRsaAmplitude } from './rsa';
import type { PhaseMark } from './session-types';
import { summarizeSession } from './summary';
import { generateRr } from './synthetic';
import { computeTimeDomain, computeTimeDomainFromSegments } from './time-domain';
import type { Beat } from './types';

/** Beats from a function of time until endS, starting after startMs. */
function beatsUntil(endS: number, rrAt: (tS: number, i: number) => number, startMs = 0): Beat[] {
  const out: Beat[] = [];
  let tMs = startMs;
  for (let i = 0; ; i++) {
    const rr = rrAt(tMs / 1000, i);
    if ((tMs + rr) / 1000 >= endS) break;
    tMs += rr;
    out.push({ tMs, rrMs: rr });
  }
  return out;
}

function inPhase(beats: Beat[], startS: number, endS: number): number[] {
  return beats.filter((b) => b.tMs / 1000 >= startS && b.tMs / 1000 < endS).map((b) => b.rrMs);
}

const PHASES: PhaseMark[] = [
  { phase: 'baseline', startS: 0, endS: 120 },
  { phase: 'breathing', startS: 120, endS: 420 },
  { phase: 'recovery', startS: 420, endS: 540 },
];

// Calm baseline (small RSA), 6/min paced breathing, recovery with larger beat-to-beat variation.
const noise = generateRr({ beats: 1000, meanHrBpm: 70, seed: 8, breathingAmpMs: 0, lfAmpMs: 0, noiseMs: 6 });
const session = beatsUntil(540, (tS, i) => {
  const jitter = (noise[i] as number) - 857;
  if (tS < 120) return 850 + 12 * Math.sin(2 * Math.PI * 0.25 * tS) + jitter;
  if (tS < 420) return 900 + 80 * Math.sin(2 * Math.PI * 0.1 * tS) + jitter;
  return 950 + 30 * Math.sin(2 * Math.PI * 0.25 * tS) + 2 * jitter;
});

describe('session summary', () => {
  it('summarises each phase and the parasympathetic shift', () => {
    const s = summarizeSession({ beats: session, phases: PHASES });
    const [baseline, breathing, recovery] = s.phases;
    if (!baseline || !breathing || !recovery) throw new Error('phases missing');
    const base = computeTimeDomain(inPhase(session, 0, 120)).rmssdMs;
    const rec = recovery.corrected.rmssdMs;
    expect(baseline.artifacts.total).toBe(0);
    expect(baseline.corrected.rmssdMs).toBeCloseTo(base, 9);
    expect(baseline.beats).toBe(inPhase(session, 0, 120).length);
    // The noisier recovery is still clean: no beat is flagged (the published thresholds alone made one
    // false ectopic call here), so its RMSSD is that of the beats as recorded.
    expect(recovery.raw.rmssdMs).toBeCloseTo(computeTimeDomain(inPhase(session, 420, 540)).rmssdMs, 9);
    expect(recovery.artifacts.total).toBe(0);
    expect(rec).toBeCloseTo(recovery.raw.rmssdMs, 9);
    expect(rec).toBeGreaterThan(1.5 * base);
    expect(baseline.quality).toEqual({ ok: true, reasons: [] });
    expect(s.shift.rmssdMs).toBeCloseTo(rec - base, 9);
    expect(s.shift.percent).toBeCloseTo((100 * (rec - base)) / base, 9);
    expect(s.shift.lnRmssd).toBeCloseTo(Math.log(rec / base), 9);
    expect(s.shift.quality.ok).toBe(true);
    expect(breathing.coherence ?? 0).toBeGreaterThan(0.5);
    expect(Math.abs((breathing.coherencePeakHz ?? 0) - 0.1)).toBeLessThan(0.01);
  });

  it('uses the corrected series for a phase with an artifact', () => {
    const beats = session.map((b) => ({ ...b }));
    const i = beats.findIndex((b) => b.tMs > 60_000);
    const merged = { tMs: (beats[i + 1] as Beat).tMs, rrMs: (beats[i] as Beat).rrMs + (beats[i + 1] as Beat).rrMs };
    beats.splice(i, 2, merged); // a missed beat in the baseline
    const baseline = summarizeSession({ beats, phases: PHASES }).phases[0];
    expect(baseline?.artifacts.missed).toBe(1);
    expect(baseline?.raw.rmssdMs ?? 0).toBeGreaterThan(2 * (baseline?.corrected.rmssdMs ?? 0));
    expect(baseline?.corrected.rmssdMs ?? 0).toBeCloseTo(computeTimeDomain(inPhase(session, 0, 120)).rmssdMs, -1);
  });

  it('leaves out beats in a gap and the RR spanning it', () => {
    // After the gap the heart runs 150 ms slower: the difference across the gap must not count.
    const before = beatsUntil(60, (tS) => 850 + 10 * Math.sin(tS));
    const after = beatsUntil(120, (tS) => 1000 + 10 * Math.sin(tS), 70_000);
    const within = [{ tMs: 63_000, rrMs: 900 }, { tMs: 64_000, rrMs: 1000 }];
    const beats = [...before, ...within, ...after];
    // The first beat after the gap has its RR (70.0–71.0 s) overlapping the gap's end at 70.5 s.
    const s = summarizeSession({ beats, phases: [PHASES[0] as PhaseMark], gaps: [{ startS: 61, endS: 70.5 }] });
    const expected = computeTimeDomainFromSegments([before.map((b) => b.rrMs), after.slice(1).map((b) => b.rrMs)]);
    expect(s.phases[0]?.beats).toBe(before.length + after.length - 1);
    expect(s.phases[0]?.corrected.rmssdMs).toBeCloseTo(expected.rmssdMs, 9);
  });

  it('trusts a whole 60-s phase wherever its edges cut between beats, at 41 to 82 bpm', () => {
    // RRs that do not divide 60 s, so the number of beats in the phase changes with where they fall.
    for (const rrMs of [730, 910, 1130, 1470]) {
      const sums: number[] = [];
      for (let k = 0; k < 20; k++) {
        const beats = beatsUntil(200, (tS, i) => rrMs + 10 * Math.sin(tS) + (i % 3) - 1, 5_000 + (k / 20) * rrMs);
        const s = summarizeSession({ beats, phases: [{ phase: 'baseline', startS: 10, endS: 70 }] });
        sums.push(s.phases[0]!.analysedS);
        expect(s.phases[0]?.quality, `RR ${rrMs} ms, offset ${k}/20`).toEqual({ ok: true, reasons: [] });
      }
      // The edges did cut both ways: some placements sum to under 60 s.
      expect(Math.min(...sums), `RR ${rrMs} ms`).toBeLessThan(60);
    }
  });

  it('flags a phase more than two beats short of 60 s, wherever its edges fall: by its length or by a gap', () => {
    for (let k = 0; k < 20; k++) {
      const beats = beatsUntil(200, (tS) => 800 + 10 * Math.sin(tS), 5_000 + (k / 20) * 800);
      const short = summarizeSession({ beats, phases: [{ phase: 'baseline', startS: 10, endS: 68.3 }] });
      expect(short.phases[0]?.quality.reasons, `offset ${k}/20`).toEqual(['too-short']);
      const gapped = summarizeSession({ beats, phases: [{ phase: 'baseline', startS: 10, endS: 70 }], gaps: [{ startS: 40, endS: 41.7 }] });
      expect(gapped.phases[0]?.quality.reasons, `offset ${k}/20`).toEqual(['too-short']);
    }
  });

  it('flags a short phase and the shift, but still reports the values', () => {
    const phases: PhaseMark[] = [{ phase: 'baseline', startS: 0, endS: 20 }, PHASES[1] as PhaseMark, PHASES[2] as PhaseMark];
    const s = summarizeSession({ beats: session, phases });
    expect(s.phases[0]?.quality.ok).toBe(false);
    expect(s.phases[0]?.quality.reasons).toEqual(['too-few-beats', 'too-short']);
    expect(s.shift.quality).toEqual({ ok: false, reasons: ['baseline-flagged'] });
    expect(s.shift.rmssdMs).not.toBeNull();
  });

  it('flags a phase with more than 5 % artifacts and a missing recovery', () => {
    const beats: Beat[] = [];
    session.forEach((b, i) => {
      // Every 12th baseline beat is lost: its interval merges into the next one (8 % missed).
      if (b.tMs < 120_000 && i % 12 === 1 && i > 1) {
        const lost = beats.pop() as Beat;
        beats.push({ tMs: b.tMs, rrMs: lost.rrMs + b.rrMs });
        return;
      }
      beats.push({ ...b });
    });
    const s = summarizeSession({ beats, phases: PHASES.slice(0, 2) });
    expect(s.phases[0]?.artifacts.percent ?? 0).toBeGreaterThan(5);
    expect(s.phases[0]?.quality.reasons).toContain('too-many-artifacts');
    expect(s.shift.quality.reasons).toEqual(['baseline-flagged', 'missing-recovery']);
    expect(s.shift.rmssdMs).toBeNull();
  });

  it('reports RSA per pacer cycle during breathing', () => {
    const cycles = Array.from({ length: 30 }, (_, k) => 120 + 10 * k);
    const s = summarizeSession({ beats: session, phases: PHASES, pacerCycleStartsS: cycles });
    const rsa = s.phases[1]?.rsa;
    expect(rsa?.cycles.length).toBe(30);
    // RR 900 ± 80 ms → HR 61.2–73.2 bpm: a 12 bpm swing, sampled at ~11 beats per cycle plus jitter.
    expect(rsa?.meanBpm ?? 0).toBeGreaterThan(10);
    expect(rsa?.meanBpm ?? 0).toBeLessThan(13.5);
    expect(s.phases[0]?.rsa).toBeNull();
  });
});

describe('RSA amplitude', () => {
  it('is max − min instantaneous HR per cycle, null for cycles without 2 beats', () => {
    const beats: Beat[] = [
      { tMs: 1000, rrMs: 1000 },
      { tMs: 1750, rrMs: 750 },
      { tMs: 2750, rrMs: 1000 },
      { tMs: 4000, rrMs: 1250 },
    ];
    const r = computeRsaAmplitude(beats, [0, 2, 4.5], 10);
    expect(r.cycles.map((c) => c.amplitudeBpm)).toEqual([80 - 60, 60 - 48, null]);
    expect(r.meanBpm).toBe(16);
  });
});
