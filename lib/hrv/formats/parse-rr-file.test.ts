import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLimits } from '../../session/protocol/limits';
import { parseRrFile } from './parse-rr-file';
import type { RrFileResult } from './types';

const dir = path.join(__dirname, 'testdata');
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
/** The beats every sample holds (written from one recording, with one missed beat at line 41). */
const beats = read('2026-01-18 10-31-32.txt').trim().split(/\r?\n/).map(Number);

function parse(name: string): RrFileResult {
  return parseRrFile(name, read(name));
}

describe('parseRrFile: each format from a sample file', () => {
  it('Elite HRV: RR in ms a line, the start time from the file name', () => {
    expect(parse('2026-01-18 10-31-32.txt')).toEqual({ ok: true, format: 'elite-hrv', rrMs: beats, startedAt: { local: '2026-01-18T10:31:32' } });
  });

  it('plain RR in seconds is detected and read as ms', () => {
    const r = parse('plain-seconds.txt');
    expect(r.ok && r.format).toBe('plain');
    expect(r.ok && r.rrMs.map(Math.round)).toEqual(beats);
    expect(r.ok && r.startedAt).toBeUndefined();
  });

  it('Polar Sensor Logger: the first phone timestamp is the start, with no zone', () => {
    expect(parse('polar-sensor-logger_RR.txt')).toEqual({ ok: true, format: 'polar-sensor-logger', rrMs: beats, startedAt: { local: '2026-01-18T07:12:34.312' } });
  });

  it('HRV Logger: dates carry their zone', () => {
    expect(parse('hrv-logger-rr.csv')).toEqual({ ok: true, format: 'hrv-logger', rrMs: beats, startedAt: { local: '2026-01-18T07:12:34.312', offsetMinutes: 60 } });
  });

  it('Polar Flow: tab-separated seconds and RR', () => {
    expect(parse('polar-flow-rr.txt')).toEqual({ ok: true, format: 'polar-flow', rrMs: beats });
  });

  it('Kubios RR text: time and RR in two columns, in seconds', () => {
    const r = parse('kubios-two-columns.txt');
    expect(r.ok && r.format).toBe('kubios');
    expect(r.ok && r.rrMs.map(Math.round)).toEqual(beats);
  });

  it('Polar .hrm: Date and StartTime from [Params], RR from [HRData]', () => {
    expect(parse('morning.hrm')).toEqual({ ok: true, format: 'polar-hrm', rrMs: beats, startedAt: { local: '2026-01-18T06:45:10' } });
  });
});

describe('parseRrFile: broken files name the line and the reason', () => {
  it('a wrong separator', () => {
    const r = parse('broken/polar-sensor-logger-commas.txt');
    expect(r).toMatchObject({ ok: false, line: 2, code: 'wrong-separator' });
    expect(!r.ok && r.reason).toContain('semicolon');
  });

  it('a text value where an RR belongs', () => {
    expect(parse('broken/elite-text-value.txt')).toMatchObject({ ok: false, line: 37, code: 'bad-number', reason: expect.stringContaining('"8l4" is not a number') });
    expect(parse('broken/hrv-logger-text-rr.csv')).toMatchObject({ ok: false, line: 12, code: 'bad-number', reason: expect.stringContaining('"abc"') });
  });

  it('an empty file, or one of blank lines', () => {
    expect(parse('broken/empty.txt')).toEqual({ ok: false, line: null, code: 'empty', reason: 'the file is empty' });
    expect(parseRrFile('blank.txt', '\n  \r\n')).toEqual({ ok: false, line: null, code: 'empty', reason: 'the file is empty' });
  });

  it('a file over the size limit is refused before it is read', () => {
    const line = '812\n';
    const text = line.repeat(Math.ceil(importLimits.maxFileBytes / line.length) + 1);
    const r = parseRrFile('huge.txt', text);
    expect(r).toMatchObject({ ok: false, line: null, code: 'too-large' });
    expect(!r.ok && r.reason).toMatch(/at most 3\.0 MB/);
  });

  it('heart rate instead of RR, and a file with one beat', () => {
    expect(parseRrFile('hr.txt', '62\n63\n61\n')).toMatchObject({ ok: false, code: 'implausible-rr', reason: expect.stringContaining('heart rate instead of RR') });
    expect(parseRrFile('one.txt', '812\n')).toMatchObject({ ok: false, code: 'too-few-intervals', reason: expect.stringContaining('at least 2') });
  });

  it('a .hrm without [HRData] and a Polar Flow row with two tabs', () => {
    expect(parseRrFile('x.hrm', '[Params]\nDate=20260118\n')).toMatchObject({ ok: false, code: 'missing-section', reason: expect.stringContaining('[HRData]') });
    expect(parseRrFile('flow.txt', '0.000\t812\n0.812\t800\n1.612\t790\t3\n')).toMatchObject({ ok: false, line: 3, code: 'wrong-separator' });
  });
});
