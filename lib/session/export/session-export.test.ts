import { describe, expect, it } from 'vitest';
import { analyzeRecording } from '@/lib/hrv';
import { parseRrFile } from '@/lib/hrv/formats';
import { generateRr, injectArtifacts } from '@/lib/hrv/synthetic';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { csvHeader, exportFileName, toBeatsCsv, toRrText, withAbsoluteTimes, type ExportableSession } from './session-export';

function recordedSession(): ExportableSession {
  const { rrMs } = injectArtifacts(generateRr({ beats: 300, meanHrBpm: 68, seed: 11 }), 0.02, 5);
  let tMs = 0;
  const beats = Array.from(rrMs, (rr) => ({ tMs: (tMs += rr), rrMs: rr, rrRaw: null }));
  const endMs = Math.ceil(tMs);
  const third = Math.round(endMs / 3);
  const upload = makeUpload({
    beats,
    phases: [
      { phase: 'baseline', startMs: 0, endMs: third },
      { phase: 'breathing', startMs: third, endMs: 2 * third },
      { phase: 'recovery', startMs: 2 * third, endMs: endMs + 1 },
    ],
  });
  return { ...upload, startedAt: new Date(upload.startedAt) };
}

describe('session export', () => {
  it('RR text is one RR in ms a line, and reading it back gives the same metrics', () => {
    const session = recordedSession();
    const text = toRrText(session.beats);
    expect(text.split('\n').slice(0, 2)).toEqual([String(session.beats[0]?.rrMs), String(session.beats[1]?.rrMs)]);
    const back = parseRrFile('export.txt', text);
    if (!back.ok) throw new Error(back.reason);
    expect(back.rrMs).toEqual(session.beats.map((b) => b.rrMs));
    const before = analyzeRecording(session.beats.map((b) => b.rrMs));
    const after = analyzeRecording(back.rrMs);
    expect(after.corrected).toEqual(before.corrected);
    expect(after.artifacts).toEqual(before.artifacts);
  });

  it('CSV has absolute times, heart rate, the phase and the engine’s artifact verdict', () => {
    const session = recordedSession();
    const lines = toBeatsCsv(session).trim().split('\n');
    expect(lines[0]).toBe(csvHeader);
    expect(lines).toHaveLength(session.beats.length + 1);
    const first = (lines[1] as string).split(',');
    const beat = session.beats[0]!;
    expect(first).toEqual([new Date(Date.parse('2026-11-21T08:00:00.000Z') + beat.tMs).toISOString(), String(beat.rrMs), String(Math.round(600_000 / beat.rrMs) / 10), 'baseline', '0']);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(['baseline', 'breathing', 'recovery']));
    // Artifacts were injected: some rows are flagged, most are not.
    const flagged = rows.filter((r) => r[4] === '1').length;
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(rows.length / 5);
  });

  it('JSON beats carry an absolute time; the file name holds the date', () => {
    const start = new Date('2026-01-18T07:12:34.567Z');
    expect(withAbsoluteTimes(start, [{ tMs: 1000, rrMs: 1000, rrRaw: 1024 }])).toEqual([{ tMs: 1000, rrMs: 1000, rrRaw: 1024, at: '2026-01-18T07:12:35.567Z' }]);
    expect(exportFileName(start, 'rr')).toBe('herstel-2026-01-18T07-12-34Z.txt');
    expect(exportFileName(start, 'csv')).toBe('herstel-2026-01-18T07-12-34Z.csv');
  });
});
