import { describe, expect, it } from 'vitest';
import { parseRrFile } from './parse-rr-file';
import { RrFileError } from './rr-file-error';

function expectError(text: string, filename: string, code: string, line: number | null): void {
  try {
    parseRrFile(text, filename);
  } catch (error) {
    expect(error).toBeInstanceOf(RrFileError);
    const e = error as RrFileError;
    expect({ code: e.code, line: e.line }).toEqual({ code, line });
    if (line !== null) expect(e.message).toContain(`line ${line}`);
    return;
  }
  throw new Error('expected an RrFileError');
}

describe('parseRrFile: formats', () => {
  it('reads plain RR in ms (Elite HRV export: one value per line, CRLF)', () => {
    const r = parseRrFile('812\r\n798\r\n845.5\r\n\r\n830\r\n', 'elite-hrv.txt');
    expect(r).toEqual({ rrMs: [812, 798, 845.5, 830], format: 'plain', unit: 'ms' });
  });

  it('detects seconds by a median below 10', () => {
    const r = parseRrFile('0.812\n0.798\n0.845\n', 'rr.txt');
    expect(r.unit).toBe('s');
    expect(r.rrMs[0]).toBeCloseTo(812, 9);
    expect(r.rrMs).toHaveLength(3);
  });

  it.each([
    ['comma', 'time,rr_ms,quality\n0.81,812,1\n1.61,798,1\n2.45,845,0\n', [812, 798, 845]],
    ['semicolon + decimal comma', 'Time (s);RRI (s)\n0,812;0,812\n1,610;0,798\n', [812, 798]],
    ['tab, IBI', 'flag\tIBI\n1\t900\n1\t910\n', [900, 910]],
    ['NN header, any case', 'beat,Nn\n1,700\n2,720\n', [700, 720]],
  ])('reads CSV with an RR column (%s)', (_name, text, expected) => {
    const r = parseRrFile(text, 'export.csv');
    expect(r.format).toBe('csv');
    r.rrMs.forEach((v, i) => expect(v).toBeCloseTo(expected[i] as number, 9));
    expect(r.rrMs).toHaveLength(expected.length);
  });

  it('reads a Polar .hrm [HRData] section (first column RR in ms)', () => {
    const text = '[Params]\nVersion=106\nSMode=000000000\nInterval=238\n\n[Note]\nrest\n\n[HRData]\n904\t66\n913\t66\n937\t64\n';
    expect(parseRrFile(text, 'session.HRM')).toEqual({ rrMs: [904, 913, 937], format: 'polar-hrm', unit: 'ms' });
  });

  it('reads Kubios-style text: preamble, comments, time + RR columns', () => {
    const text = 'Kubios HRV export\nRR interval data\n# seconds\n  0.000  0.812\n  0.812  0.798\n  1.610  0.845\n';
    const r = parseRrFile(text, 'kubios_rr.txt');
    expect(r.format).toBe('kubios-text');
    expect(r.unit).toBe('s');
    expect(r.rrMs.map((v) => Math.round(v))).toEqual([812, 798, 845]);
  });

  it('reads two headerless columns as time + RR when the first never decreases', () => {
    expect(parseRrFile('812 812\n1610 798\n2455 845\n', 'x.txt').rrMs).toEqual([812, 798, 845]);
    expect(parseRrFile('812 5\n798 7\n845 6\n', 'x.txt').rrMs).toEqual([812, 798, 845]);
  });
});

describe('parseRrFile: broken files name the line', () => {
  it.each([
    ['a word among numbers', '800\n810\nabc\n820\n', 'rr.txt', 'bad-number', 3],
    ['a negative interval', '800\n-810\n820\n', 'rr.txt', 'non-positive', 2],
    ['a bad CSV cell', 'time,rr\n1,800\n2,8x0\n', 'rr.csv', 'bad-number', 3],
    ['a CSV row without the RR cell', 'time;rr\n1;800\n2\n', 'rr.csv', 'missing-column', 3],
    ['a header without an RR column', 'time,value\n1,800\n2,810\n', 'rr.csv', 'no-rr-column', 1],
    ['a bad .hrm line', '[HRData]\n900\nfoo\n', 'a.hrm', 'bad-number', 3],
  ])('%s', (_name, text, filename, code, line) => expectError(text, filename, code, line));

  it.each([
    ['an empty file', '\n \n', 'rr.txt', 'empty'],
    ['a single interval', '800\n', 'rr.txt', 'too-few-intervals'],
    ['heart rate instead of RR', '60\n62\n65\n61\n', 'hr.txt', 'implausible-rr'],
    ['an .hrm without [HRData]', '[Params]\nVersion=106\n', 'a.hrm', 'missing-section'],
  ])('%s', (_name, text, filename, code) => expectError(text, filename, code, null));
});
