import { describe, expect, it } from 'vitest';
import { computeTimeDomain, summarizeSession, type SessionSummary } from '@/lib/hrv';
import { generateRr } from '@/lib/hrv/synthetic';
import type { RecordedBeat } from '@/lib/session/protocol/record';
import { toSessionInput } from '@/lib/session/protocol/session-input';
import { chooseReading } from './session-reading';
import { MAX_CHART_POINTS } from './session-series';
import { buildSessionView } from './session-view';
import { makeUpload } from '@/lib/session/testing/make-upload';

/** 2 min baseline, 4 min breathing, 2 min recovery of plausible RR. */
function realisticUpload(overrides: Parameters<typeof makeUpload>[0] = {}) {
  const rr = generateRr({ beats: 700, meanHrBpm: 68, seed: 3 });
  const beats: RecordedBeat[] = [];
  let tMs = 0;
  for (const rrMs of rr) {
    tMs += rrMs;
    if (tMs >= 480_000) break;
    beats.push({ tMs, rrMs, rrRaw: Math.round((rrMs * 1024) / 1000) });
  }
  return makeUpload({
    durationMs: 480_000,
    beats,
    phases: [
      { phase: 'baseline', startMs: 0, endMs: 120_000 },
      { phase: 'breathing', startMs: 120_000, endMs: 360_000 },
      { phase: 'recovery', startMs: 360_000, endMs: 480_000 },
    ],
    pacerCycleStartsMs: Array.from({ length: 24 }, (_, i) => 120_000 + i * 10_000),
    ...overrides,
  });
}

const viewOf = (upload: ReturnType<typeof realisticUpload>) => buildSessionView(upload, summarizeSession(toSessionInput(upload)));

describe('chooseReading', () => {
  const ok = { ok: true, reasons: [] };
  it.each([
    [0.45, 'clear-rise'],
    [0.3, 'clear-rise'],
    [0.2, 'small-rise'],
    [0.1, 'small-rise'],
    [0.05, 'no-change'],
    [-0.09, 'no-change'],
    [-0.1, 'fall'],
    [-0.5, 'fall'],
  ] as const)('ΔlnRMSSD %s reads as %s', (lnRmssd, key) => {
    expect(chooseReading({ lnRmssd, quality: ok })).toBe(key);
  });

  it('reads a flagged or missing shift as low quality, whatever its size', () => {
    expect(chooseReading({ lnRmssd: 0.8, quality: { ok: false, reasons: ['baseline-flagged'] } })).toBe('low-quality');
    expect(chooseReading({ lnRmssd: null, quality: ok })).toBe('low-quality');
  });
});

describe('buildSessionView', () => {
  it('charts HR per beat and the rolling 60-s RMSSD of the engine', () => {
    const upload = realisticUpload();
    const view = viewOf(upload);
    expect(view.points).toHaveLength(upload.beats.length);
    const at = upload.beats.findIndex((b) => b.tMs > 200_000);
    const beat = upload.beats[at]!;
    expect(view.points[at]?.hrBpm).toBeCloseTo(60000 / beat.rrMs, 1);
    const window = upload.beats.filter((b) => b.tMs > beat.tMs - 60_000 && b.tMs <= beat.tMs).map((b) => b.rrMs);
    expect(view.points[at]?.rmssdMs).toBeCloseTo(computeTimeDomain(window).rmssdMs, 0);
    expect(view.phaseSpans.map((p) => p.phase)).toEqual(['baseline', 'breathing', 'recovery']);
    expect(view.phases[1]?.rsaCycles).toBe(24);
    expect(view.cautions).toEqual([]);
  });

  it('takes the shift from the summary and reads it', () => {
    const upload = realisticUpload();
    const summary = summarizeSession(toSessionInput(upload));
    const view = buildSessionView(upload, summary);
    expect(view.shift.baselineRmssdMs).toBe(summary.shift.baselineRmssdMs);
    expect(view.shift.lnRmssd).toBe(summary.shift.lnRmssd);
    expect(view.reading).toBe(chooseReading(summary.shift));
  });

  it('breaks the line at a gap, shades it, and leaves beats in a pause out', () => {
    const base = realisticUpload();
    const beats = base.beats.filter((b) => b.tMs < 100_000 || b.tMs > 110_000);
    const upload = realisticUpload({ beats, gaps: [{ startMs: 100_000, endMs: 110_000 }], pauses: [{ startMs: 200_000, endMs: 210_000 }] });
    const view = viewOf(upload);
    expect(view.gapSpans).toEqual([
      { kind: 'gap', startS: 100, endS: 110 },
      { kind: 'pause', startS: 200, endS: 210 },
    ]);
    expect(view.points.filter((p) => p.hrBpm === null)).toHaveLength(2);
    expect(view.points.some((p) => p.hrBpm !== null && p.tS > 200 && p.tS < 210)).toBe(false);
  });

  it('marks an artifact and flags a phase with too many', () => {
    const base = realisticUpload();
    const beats = base.beats.map((b, i) => (i % 12 === 5 && b.tMs < 120_000 ? { ...b, rrMs: b.rrMs * 1.9 } : b));
    const view = viewOf(realisticUpload({ beats }));
    // The synthetic series itself has one borderline beat later on; the injected ones sit in the baseline.
    expect(view.artifacts.filter((a) => a.tS < 125).length).toBeGreaterThan(5);
    expect(view.artifacts.filter((a) => a.tS >= 125).length).toBeLessThanOrEqual(1);
    expect(view.cautions.map((c) => c.phase)).toEqual(['baseline']);
    expect(view.cautions[0]?.qualityReasons).toContain('too-many-artifacts');
    expect(view.reading).toBe('low-quality');
  });

  it('gives the same view from a summary that went through JSON (NaN stored as null)', () => {
    const upload = makeUpload({ beats: [] });
    const summary = summarizeSession(toSessionInput(upload));
    const stored = JSON.parse(JSON.stringify(summary)) as SessionSummary;
    const view = buildSessionView(upload, stored);
    expect(view).toEqual(buildSessionView(upload, summary));
    expect(view.phases[0]?.rmssdMs).toBeNull();
    expect(view.cautions.map((c) => c.qualityReasons)).toEqual([['no-beats'], ['no-beats'], ['no-beats']]);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('thins the chart of a long session', () => {
    const beats = Array.from({ length: 6000 }, (_, i) => ({ tMs: (i + 1) * 1000, rrMs: 1000 + (i % 7), rrRaw: null }));
    const view = viewOf(realisticUpload({ beats, durationMs: 6_001_000 }));
    expect(view.points.length).toBeLessThanOrEqual(MAX_CHART_POINTS + 1);
  });
});

describe('one artifact verdict', () => {
  it("the chart's dots per phase are the table's artifact counts", () => {
    const clean = realisticUpload();
    // A missed beat in each phase and an early one near the breathing's end.
    const odd = new Map([
      [80, 1.9],
      [300, 1.9],
      [395, 0.6],
      [560, 1.9],
    ]);
    const upload = { ...clean, beats: clean.beats.map((b, i) => (odd.has(i) ? { ...b, rrMs: b.rrMs * odd.get(i)! } : b)) };
    const summary = summarizeSession(toSessionInput(upload));
    const view = buildSessionView(upload, summary);
    expect(summary.phases.reduce((n, p) => n + p.artifacts.total, 0)).toBeGreaterThan(2);
    for (const phase of summary.phases) {
      const dots = view.artifacts.filter((a) => a.tS > phase.startS && a.tS <= phase.endS).length;
      expect(dots, phase.phase).toBe(phase.artifacts.total);
    }
  });
});

describe('buildSessionView of a guided practice', () => {
  it('names the practice from the protocol, and paced breathing as none', () => {
    const upload = realisticUpload();
    const practice = { ...upload, protocol: { ...upload.protocol, practice: 'pmr' as const }, pacerCycleStartsMs: [] };
    expect(buildSessionView(practice, summarizeSession(toSessionInput(practice))).practice).toBe('pmr');
    expect(buildSessionView(upload, summarizeSession(toSessionInput(upload))).practice).toBeNull();
  });
});
