import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRr, injectArtifacts } from './synthetic';

const dir = mkdtempSync(path.join(tmpdir(), 'hrv-cli-'));

function runCli(...args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/hrv.ts', ...args], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 });
}

describe('hrv CLI', () => {
  it('prints the documented JSON shape with --json, and exits 2 naming the line of a broken file', () => {
    const file = path.join(dir, 'rr.txt');
    const { rrMs } = injectArtifacts(generateRr({ beats: 400, meanHrBpm: 70, seed: 3 }), 0.02, 4);
    writeFileSync(file, Array.from(rrMs, (v) => v.toFixed(1)).join('\n'));
    const ok = runCli(file, '--json');
    expect(ok.status, ok.stderr).toBe(0);
    const out = JSON.parse(ok.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['n', 'durationS', 'meanHr', 'rmssd', 'lnRmssd', 'sdnn', 'pnn50', 'artifacts', 'corrected', 'spectrum', 'timing']);
    expect(Object.keys(out.artifacts as object)).toEqual(['ectopic', 'missed', 'extra', 'long', 'short', 'total', 'percent']);
    expect(Object.keys(out.corrected as object)).toEqual(['n', 'meanHr', 'rmssd', 'lnRmssd', 'sdnn', 'pnn50']);
    expect(Object.keys(out.spectrum as object)).toEqual(['lf', 'hf', 'lfHf', 'peakHz', 'coherence']);
    expect(out.n).toBe(rrMs.length);
    expect((out.artifacts as { total: number }).total).toBeGreaterThan(0);
    expect(typeof (out.timing as { analysisMs: unknown }).analysisMs).toBe('number');

    const broken = path.join(dir, 'broken.txt');
    writeFileSync(broken, '800\n810\n8l0\n');
    const bad = runCli(broken, '--json');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('line 3');

    const missing = runCli(path.join(dir, 'nope.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.txt');
  });

  it('reads the export formats the import reads (Polar Sensor Logger, .hrm)', () => {
    for (const name of ['polar-sensor-logger_RR.txt', 'morning.hrm']) {
      const run = runCli(path.join('lib/hrv/formats/testdata', name), '--json');
      expect(run.status, run.stderr).toBe(0);
      expect((JSON.parse(run.stdout) as { n: number }).n).toBe(120);
    }
  });
});
