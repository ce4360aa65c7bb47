import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeSession } from '@/lib/hrv';
import { parseRrFile } from '@/lib/hrv/formats';
import { generateRr, injectArtifacts } from '@/lib/hrv/synthetic';
import { toRrText } from '@/lib/session/export/session-export';
import { sessionUploadSchema } from '@/lib/session/protocol/upload-schema';
import { toSessionInput } from '@/lib/session/protocol/session-input';
import { measureImport, recordingId, toImportUpload } from './imported-recording';

const rrMs = Array.from(injectArtifacts(generateRr({ beats: 400, meanHrBpm: 62, seed: 21 }), 0.02, 6).rrMs);

describe('an imported recording', () => {
  it('is a valid upload with one baseline phase holding every beat', () => {
    const upload = toImportUpload('0b9b6a40-1c1d-8e2f-9a3b-4c5d6e7f8091', new Date('2026-01-18T06:45:10Z'), rrMs);
    expect(sessionUploadSchema.safeParse(upload).success).toBe(true);
    expect(summarizeSession(toSessionInput(upload)).phases[0]?.beats).toBe(rrMs.length);
  });

  it('export → import gives the same metrics', () => {
    const upload = toImportUpload('0b9b6a40-1c1d-8e2f-9a3b-4c5d6e7f8091', new Date('2026-01-18T06:45:10Z'), rrMs);
    const back = parseRrFile('herstel-2026-01-18T06-45-10Z.txt', toRrText(upload.beats));
    if (!back.ok) throw new Error(back.reason);
    expect(measureImport(back.rrMs)).toEqual(measureImport(rrMs));
    const phase = summarizeSession(toSessionInput(upload)).phases[0];
    expect(measureImport(back.rrMs).rmssd).toBe(phase?.corrected.rmssdMs);
    expect(measureImport(rrMs).artifactsPercent).toBeGreaterThan(0);
  });

  it('has an id made of its owner, start and beats: the same recording twice names one session', async () => {
    const file = readFileSync(path.join(__dirname, '../../hrv/formats/testdata/morning.hrm'), 'utf8');
    const parsed = parseRrFile('morning.hrm', file);
    if (!parsed.ok) throw new Error(parsed.reason);
    const start = new Date('2026-01-18T05:45:10Z');
    const id = await recordingId('anna', start, parsed.rrMs);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await recordingId('anna', start, [...parsed.rrMs])).toBe(id);
    expect(await recordingId('anna', new Date(start.getTime() + 1000), parsed.rrMs)).not.toBe(id);
    expect(await recordingId('anna', start, parsed.rrMs.slice(1))).not.toBe(id);
    // Another person's copy of the same file is their own session, with an id of its own.
    expect(await recordingId('bram', start, parsed.rrMs)).not.toBe(id);
  });
});
