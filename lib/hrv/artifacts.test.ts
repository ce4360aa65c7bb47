import { describe, expect, it } from 'vitest';
import { analyzeRecording } from './analyze';
import { detectArtifacts } from './artifacts';
import { correctArtifacts } from './correct';
import { generateRr, injectArtifacts, type InjectedEvent } from './synthetic';
import { computeTimeDomain } from './time-domain';

/** Span of RR indices an injected event touches (an ectopic/extra changes two intervals). */
function span(e: InjectedEvent): [number, number] {
  return [e.index, e.kind === 'missed' ? e.index : e.index + 1];
}

describe('artifact detection on injected artifacts', () => {
  const heartRates = [50, 60, 70, 80, 90, 100, 110];
  const results = heartRates.map((hr) => {
    const clean = generateRr({ beats: 3000, meanHrBpm: hr, seed: hr });
    const { rrMs, events } = injectArtifacts(clean, 0.02, hr * 7 + 1);
    const a = analyzeRecording(rrMs);
    const flags = Object.values(a.artifactIndices).flat();
    // A flag is right when it lies within ±1 of an injected event's span.
    const near = (f: number, e: InjectedEvent) => f >= span(e)[0] - 1 && f <= span(e)[1] + 1;
    const truePositives = flags.filter((f) => events.some((e) => near(f, e))).length;
    const found = events.filter((e) => flags.some((f) => near(f, e))).length;
    const rmssdError = a.corrected.rmssdMs / computeTimeDomain(clean).rmssdMs - 1;
    return { hr, events: events.length, flags: flags.length, truePositives, found, rmssdError, kinds: events.map((e) => e.kind) };
  });

  it('injects a few hundred missed, extra and ectopic beats', () => {
    const total = results.reduce((n, r) => n + r.events, 0);
    expect(total).toBeGreaterThan(300);
    const kinds = new Set(results.flatMap((r) => r.kinds));
    expect([...kinds].sort()).toEqual(['ectopic', 'extra', 'missed']);
  });

  it('reaches precision and recall ≥ 0.95 across 50–110 bpm', () => {
    const tp = results.reduce((n, r) => n + r.truePositives, 0);
    const flags = results.reduce((n, r) => n + r.flags, 0);
    const found = results.reduce((n, r) => n + r.found, 0);
    const events = results.reduce((n, r) => n + r.events, 0);
    const precision = tp / flags;
    const recall = found / events;
    console.info(`artifact detection: ${events} injected, ${flags} flags, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves RMSSD within 2 % of the clean series after correction', () => {
    for (const r of results) {
      console.info(`HR ${r.hr}: RMSSD after correction ${(100 * r.rmssdError).toFixed(2)} % vs clean`);
      expect(Math.abs(r.rmssdError), `HR ${r.hr}`).toBeLessThanOrEqual(0.02);
    }
  });
});

describe('artifact correction', () => {
  it('handles a perfectly regular series (QD = 0) without dividing by zero', () => {
    const rr = new Array<number>(300).fill(800);
    const clean = detectArtifacts(rr);
    expect(clean.counts.total).toBe(0);
    rr.splice(100, 2, 1600); // missed beat
    rr.splice(200, 1, 300, 500); // extra beat
    const detection = detectArtifacts(rr);
    expect(detection.indices.missed).toEqual([100]);
    expect(detection.indices.extra).toEqual([200]);
    const corrected = correctArtifacts(rr, detection);
    expect(corrected.length).toBe(300);
    expect(corrected.every((v) => v === 800)).toBe(true);
  });

  it('splits a double missed beat into three and interpolates an ectopic pair', () => {
    const rr = Array.from(generateRr({ beats: 400, meanHrBpm: 75, seed: 9 }));
    const triple = (rr[150] as number) + (rr[151] as number) + (rr[152] as number);
    rr.splice(150, 3, triple);
    rr[300] = (rr[300] as number) - 250; // premature beat…
    rr[301] = (rr[301] as number) + 250; // …and its compensatory pause
    const detection = detectArtifacts(rr);
    expect(detection.indices.missed).toEqual([150]);
    expect(detection.indices.ectopic).toEqual([301]); // flagged on the compensatory interval, as the references do
    const corrected = correctArtifacts(rr, detection);
    expect(corrected.length).toBe(rr.length + 2);
    expect(corrected[150]).toBeCloseTo(triple / 3, 9);
    // The pair (now at 302–303: the split added two beats) becomes a line between its neighbours.
    for (const i of [302, 303, 304]) expect(Math.abs((corrected[i] as number) - (corrected[i - 1] as number))).toBeLessThan(60);
  });

  it('reports counts, indices and percentage consistently', () => {
    const { rrMs } = injectArtifacts(generateRr({ beats: 1000, meanHrBpm: 70, seed: 4 }), 0.02, 5);
    const d = detectArtifacts(rrMs);
    const total = d.counts.ectopic + d.counts.missed + d.counts.extra + d.counts.long + d.counts.short;
    expect(d.counts.total).toBe(total);
    expect(d.counts.percent).toBeCloseTo((100 * total) / rrMs.length, 12);
    expect(Object.values(d.indices).flat().length).toBe(total);
  });
});
