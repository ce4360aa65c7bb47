// `npm run hrv -- FILE [--json]`: analyse an RR file with the same engine the app uses.
import { readFileSync } from 'node:fs';
import { analyzeRecording, HrvInputError, type RecordingAnalysis } from '../lib/hrv';
import { parseRrFile } from '../lib/hrv/formats';

const USAGE = 'usage: npm run hrv -- FILE [--json]';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  const file = files[0];
  if (files.length !== 1 || file === undefined || file.startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such file' : String(error);
    process.stderr.write(`hrv: cannot read ${file}: ${reason}\n`);
    return 2;
  }
  const parsed = parseRrFile(file, text);
  if (!parsed.ok) {
    process.stderr.write(`hrv: ${file}: ${parsed.line === null ? '' : `line ${parsed.line}: `}${parsed.reason}\n`);
    return 2;
  }
  try {
    const { rrMs } = parsed;
    const start = performance.now();
    const analysis = analyzeRecording(rrMs);
    const analysisMs = performance.now() - start;
    const report = toReport(analysis, analysisMs);
    process.stdout.write(json ? `${JSON.stringify(report)}\n` : formatTable(file, report));
    return 0;
  } catch (error) {
    if (error instanceof HrvInputError) {
      process.stderr.write(`hrv: ${file}: ${error.message} [${error.code}]\n`);
      return 2;
    }
    throw error;
  }
}

/** The shape the README documents for `--json` (a stable interface); NaN becomes null. */
function toReport(a: RecordingAnalysis, analysisMs: number) {
  const s = a.spectrum;
  return {
    n: a.n,
    durationS: a.durationS,
    meanHr: num(a.raw.meanHrBpm),
    rmssd: num(a.raw.rmssdMs),
    lnRmssd: num(a.raw.lnRmssd),
    sdnn: num(a.raw.sdnnMs),
    pnn50: num(a.raw.pnn50),
    artifacts: { ...a.artifacts },
    corrected: {
      n: a.corrected.n,
      meanHr: num(a.corrected.meanHrBpm),
      rmssd: num(a.corrected.rmssdMs),
      lnRmssd: num(a.corrected.lnRmssd),
      sdnn: num(a.corrected.sdnnMs),
      pnn50: num(a.corrected.pnn50),
    },
    spectrum: { lf: num(s?.lf), hf: num(s?.hf), lfHf: num(s?.lfHf), peakHz: num(s?.peakHz), coherence: num(s?.coherence) },
    timing: { analysisMs },
  };
}

type Report = ReturnType<typeof toReport>;

function num(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}

function formatTable(file: string, r: Report): string {
  const f = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));
  const a = r.artifacts;
  const rows: [string, string, string][] = [
    ['beats', String(r.n), String(r.corrected.n)],
    ['mean HR (bpm)', f(r.meanHr), f(r.corrected.meanHr)],
    ['RMSSD (ms)', f(r.rmssd), f(r.corrected.rmssd)],
    ['lnRMSSD', f(r.lnRmssd, 3), f(r.corrected.lnRmssd, 3)],
    ['SDNN (ms)', f(r.sdnn), f(r.corrected.sdnn)],
    ['pNN50 (%)', f(r.pnn50), f(r.corrected.pnn50)],
  ];
  const lines = [`${file}: ${r.n} RR intervals, ${f(r.durationS)} s`, '', `${'metric'.padEnd(16)}${'raw'.padStart(10)}${'corrected'.padStart(12)}`];
  for (const [name, raw, corrected] of rows) lines.push(`${name.padEnd(16)}${raw.padStart(10)}${corrected.padStart(12)}`);
  lines.push('', `artifacts: ${a.total} (${f(a.percent, 2)} %) — ectopic ${a.ectopic}, missed ${a.missed}, extra ${a.extra}, long ${a.long}, short ${a.short}`);
  const s = r.spectrum;
  lines.push(`spectrum (corrected): LF ${f(s.lf)} ms², HF ${f(s.hf)} ms², LF/HF ${f(s.lfHf, 2)}, LF peak ${f(s.peakHz, 4)} Hz, coherence ${f(s.coherence, 3)}`);
  lines.push(`analysis: ${f(r.timing.analysisMs, 2)} ms`, '');
  return lines.join('\n');
}

process.exitCode = main(process.argv.slice(2));
