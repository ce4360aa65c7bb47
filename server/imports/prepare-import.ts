// Everything an import costs in CPU — the multipart body, decoding and reading each file, validating it
// as a session and the HRV analysis — from the uploaded bytes to the rows to store. Pure (no `server-only`, no database), so it
// runs on a pool thread (server/hrv-pool), like prepare-upload.ts for recorded sessions.
import { parseRrFile, toInstant } from '@/lib/hrv/formats';
import { readDateTime } from '@/lib/hrv/formats/date-time';
import { recordingId, toImportUpload } from '@/lib/session/import/imported-recording';
import type { ImportFailure, ImportFailureCode, ImportPreview, StartSource } from '@/lib/session/import/import-results';
import { importLimits, uploadLimits } from '@/lib/session/protocol/limits';
import { earliestStartedAt, maxFutureMs, sessionUploadSchema } from '@/lib/session/protocol/upload-schema';
import { localDayAt } from '@/lib/trends/local-day';
import { deriveImportedColumns } from '@/server/sessions/derive-columns';
import { buildSessionRow, type PreparedSessionRow } from '@/server/sessions/prepare-upload';
import { parseImportForm } from './parse-import-form';

export interface ImportFileTask {
  name: string;
  bytes: Uint8Array;
  /** The start the person gave: ISO with an offset, or a wall-clock time in their zone. */
  startedAt: string | null;
  /** The file's last change (ms since 1970) as the browser reports it: a guess at the recording's end. */
  lastModifiedMs: number | null;
}

export interface ImportJob {
  ownerId: string;
  /** The person's stored zone; else the one the form names, else the browser's cookie, else UTC. */
  storedTimeZone: string | null;
  cookieTimeZone: string | null;
  /** The raw multipart body (parseImportForm) and its content type, boundary included. */
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
}

export type PreparedImportFile = { result: ImportFailure; row?: undefined } | { result: ImportPreview; row: PreparedSessionRow };

export type PreparedImport =
  | { kind: 'prepared'; timeZone: string; files: PreparedImportFile[] }
  | { kind: 'refused'; status: 400 | 413; message: string };

class Refusal extends Error {
  constructor(
    readonly code: ImportFailureCode,
    readonly reason: string,
    readonly line: number | null = null,
  ) {
    super(reason);
  }
}

export async function prepareImport(job: ImportJob): Promise<PreparedImport> {
  const form = await parseImportForm(job.body, job.contentType);
  if (form.kind === 'refused') return form;
  // File times without a zone are wall-clock times in the person's zone: the one their days are counted in.
  const timeZone = job.storedTimeZone ?? form.timeZone ?? job.cookieTimeZone ?? 'UTC';
  const prepared: PreparedImportFile[] = [];
  for (const file of form.files) {
    try {
      prepared.push(await prepareFile(job.ownerId, timeZone, file));
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      prepared.push({ result: { name: file.name, ok: false, line: error.line, reason: error.reason, code: error.code } });
    }
  }
  return { kind: 'prepared', timeZone, files: prepared };
}

async function prepareFile(ownerId: string, timeZone: string, file: ImportFileTask): Promise<PreparedImportFile> {
  if (file.bytes.byteLength > importLimits.maxFileBytes) {
    throw new Refusal('too-large', `the file is ${megabytes(file.bytes.byteLength)} MB; at most ${megabytes(importLimits.maxFileBytes)} MB a file`);
  }
  const parsed = parseRrFile(file.name, new TextDecoder().decode(file.bytes));
  if (!parsed.ok) throw new Refusal(parsed.code, parsed.reason, parsed.line);
  const rrMs = parsed.rrMs;
  const durationMs = rrMs.reduce((sum, rr) => sum + rr, 0);
  if (durationMs > uploadLimits.maxDurationMs) {
    throw new Refusal('too-long', `the recording lasts ${(durationMs / 3_600_000).toFixed(1)} hours; a session is at most ${uploadLimits.maxDurationMs / 3_600_000} hours`);
  }
  const { start, source } = chooseStart(timeZone, file, parsed.startedAt, durationMs);
  if (start.getTime() < earliestStartedAt || start.getTime() > Date.now() + maxFutureMs) {
    throw new Refusal('start-out-of-range', `the start ${start.toISOString()} is before 2000 or in the future`);
  }
  const upload = toImportUpload(await recordingId(ownerId, start, rrMs), start, rrMs);
  const validated = sessionUploadSchema.safeParse(upload);
  // The checks above cover what a file can get wrong; this would be a fault in the conversion itself.
  if (!validated.success) throw new Error(`An imported recording is not a valid session: ${validated.error.message}`);
  const columns = deriveImportedColumns(validated.data);
  const row: PreparedSessionRow = { ...buildSessionRow(validated.data, columns), kind: 'imported' };
  return {
    row,
    result: {
      name: file.name,
      ok: true,
      format: parsed.format,
      beats: rrMs.length,
      durationS: durationMs / 1000,
      startedAt: start.toISOString(),
      startSource: source,
      rmssd: columns.baselineRmssdMs,
      artifactsPercent: columns.artifactPercent ?? 0,
      countsInTrends: columns.baselineLnRmssd !== null,
    },
  };
}

/** The person's start first (they may correct the file), then the file's own, then its date as the end. */
function chooseStart(
  timeZone: string,
  file: ImportFileTask,
  fromFile: Parameters<typeof toInstant>[0] | undefined,
  durationMs: number,
): { start: Date; source: StartSource } {
  if (file.startedAt !== null) return { start: readGivenStart(timeZone, file.startedAt), source: 'given' };
  if (fromFile) return { start: toInstant(fromFile, offsetIn(timeZone)), source: 'file' };
  if (file.lastModifiedMs !== null) return { start: new Date(Math.round(file.lastModifiedMs - durationMs)), source: 'last-modified' };
  throw new Refusal('no-start', 'the file does not say when it was recorded; give its start date and time');
}

function readGivenStart(timeZone: string, text: string): Date {
  // A browser's datetime-local value has no seconds: `2026-01-18T07:05`.
  const time = readDateTime(/T\d{2}:\d{2}$/.test(text.trim()) ? `${text.trim()}:00` : text);
  if (!time) throw new Refusal('bad-start', `"${text}" is not a date and time like 2026-01-18T07:05`);
  return toInstant(time, offsetIn(timeZone));
}

/** The zone's offset for a wall-clock time (given as if it were UTC), right on both sides of a clock change. */
function offsetIn(timeZone: string): (localUtcMs: number) => number {
  return (localUtcMs) => {
    const guess = localDayAt(localUtcMs, timeZone).utcOffsetMin;
    return localDayAt(localUtcMs - guess * 60_000, timeZone).utcOffsetMin;
  };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
