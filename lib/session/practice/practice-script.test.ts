import { describe, expect, it } from 'vitest';
import { practiceIds } from '@/lib/session/protocol/record';
import { cueAt, naturalLengthS } from './practice-script';
import { defaultPracticeS, practiceScripts } from './practices';

describe('practice scripts', () => {
  it.each(practiceIds)('%s: every cue has a title and an instruction in English and Dutch, and a unique id', (id) => {
    const script = practiceScripts[id];
    expect(script.id).toBe(id);
    expect(new Set(script.cues.map((cue) => cue.id)).size).toBe(script.cues.length);
    for (const cue of script.cues) {
      for (const text of [cue.title, cue.text]) {
        expect(text.en.trim().length, cue.id).toBeGreaterThan(3);
        expect(text.nl.trim().length, cue.id).toBeGreaterThan(3);
        expect(text.nl, cue.id).not.toBe(text.en);
      }
      expect(cue.durationS).toBeGreaterThan(0);
    }
  });

  it('runs about as long as each practice is known to take', () => {
    expect(defaultPracticeS('pmr')).toBe(naturalLengthS(practiceScripts.pmr));
    expect(defaultPracticeS('pmr')).toBeGreaterThanOrEqual(14 * 60);
    expect(defaultPracticeS('pmr')).toBeLessThanOrEqual(16 * 60);
    expect(defaultPracticeS('pmr-short')).toBeGreaterThanOrEqual(6.5 * 60);
    expect(defaultPracticeS('pmr-short')).toBeLessThanOrEqual(7.5 * 60);
    expect(defaultPracticeS('body-scan')).toBeGreaterThanOrEqual(10 * 60);
    expect(defaultPracticeS('body-scan')).toBeLessThanOrEqual(12 * 60);
  });

  it('muscle relaxation tenses briefly and releases for much longer, through sixteen or seven groups', () => {
    for (const [id, groups] of [['pmr', 16], ['pmr-short', 7]] as const) {
      const cues = practiceScripts[id].cues;
      const tense = cues.filter((cue) => cue.kind === 'tense');
      expect(tense).toHaveLength(groups);
      for (const cue of tense) {
        expect(cue.durationS).toBeGreaterThanOrEqual(5);
        expect(cue.durationS).toBeLessThanOrEqual(7);
        const release = cues[cues.indexOf(cue) + 1]!;
        expect(release.kind).toBe('release');
        expect(release.durationS).toBeGreaterThanOrEqual(20);
        expect(release.durationS).toBeLessThanOrEqual(30);
      }
    }
    expect(practiceScripts.pmr.cues[1]!.title.en).toBe('Right hand and forearm — tense');
    expect(practiceScripts.pmr.cues[1]!.title.nl).toBe('Rechterhand en onderarm — aanspannen');
  });
});

describe('cueAt', () => {
  const script = practiceScripts['pmr-short'];
  const lengthMs = defaultPracticeS('pmr-short') * 1000;

  it('gives each cue for its own stretch of time, with the next one', () => {
    const first = script.cues[0]!;
    expect(cueAt(script, lengthMs, 0)).toMatchObject({ index: 0, cue: first, next: script.cues[1], startMs: 0, endMs: first.durationS * 1000, progress: 0 });
    expect(cueAt(script, lengthMs, first.durationS * 1000 - 1).index).toBe(0);
    expect(cueAt(script, lengthMs, first.durationS * 1000).index).toBe(1);
    // The cue ends where the next one starts, all the way through, and the last one ends at the length.
    let t = 0;
    for (let i = 0; i < script.cues.length; i++) {
      const moment = cueAt(script, lengthMs, t);
      expect(moment.index).toBe(i);
      expect(moment.startMs).toBeCloseTo(t, 6);
      t = moment.endMs;
    }
    expect(t).toBe(lengthMs);
  });

  it('keeps the last cue past the end and the first before the start', () => {
    const last = cueAt(script, lengthMs, lengthMs + 60_000);
    expect(last.index).toBe(script.cues.length - 1);
    expect(last.next).toBeNull();
    expect(last.progress).toBe(1);
    expect(cueAt(script, lengthMs, -5).index).toBe(0);
  });

  it('scales every cue by the same factor for a shortened practice', () => {
    const shortMs = 30_000;
    const scale = shortMs / lengthMs;
    const second = script.cues[1]!;
    const atSecond = cueAt(script, shortMs, script.cues[0]!.durationS * 1000 * scale + 1);
    expect(atSecond.cue).toBe(second);
    expect(atSecond.endMs - atSecond.startMs).toBeCloseTo(second.durationS * 1000 * scale, 6);
    expect(cueAt(script, shortMs, shortMs / 2).progress).toBeCloseTo(0.5, 6);
    // The order is kept: walking the short practice meets every cue once, in order.
    const seen = new Set<number>();
    for (let t = 0; t < shortMs; t += 10) seen.add(cueAt(script, shortMs, t).index);
    expect([...seen]).toEqual(script.cues.map((_, i) => i));
  });
});
