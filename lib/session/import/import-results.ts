// What POST /api/imports answers per file (DESIGN: Interfaces → Data in and out), shared by the server
// that makes it and the page that shows it.
import type { RrFormat } from '@/lib/hrv/formats';
import type { RrFileErrorCode } from '@/lib/hrv/rr-file-error';

/** Where a start came from: the file itself, the person, or the file's date (less sure: shown so). */
export type StartSource = 'file' | 'given' | 'last-modified';

/**
 * Why a file cannot be imported, beside the reason in words: what the file reader found (lib/hrv), or a
 * problem with its start or length.
 */
export type ImportFailureCode = RrFileErrorCode | 'no-start' | 'bad-start' | 'start-out-of-range' | 'too-long';

export interface ImportPreview {
  name: string;
  ok: true;
  format: RrFormat;
  beats: number;
  durationS: number;
  startedAt: string;
  startSource: StartSource;
  /** RMSSD (ms) after artifact correction, as the session stores it. */
  rmssd: number | null;
  artifactsPercent: number;
  /** Its rest passed the quality checks, so it can be the day's reading in trends (DESIGN: dailyLnRmssd). */
  countsInTrends: boolean;
}

export interface ImportFailure {
  name: string;
  ok: false;
  line: number | null;
  reason: string;
  code: ImportFailureCode;
}

export type ImportFileResult = ImportPreview | ImportFailure;

/** A dry run's file: whether the person has this recording already. */
export type PreviewedFile = ImportFailure | (ImportPreview & { alreadyImported: boolean });

/** An import's file: the session it is now (`created: false` when it was there already). */
export type ImportedFile = ImportPreview & { sessionId: string; created: boolean };

/**
 * Form fields of the i-th file besides `files`: a start the person set (ISO with an offset, or a
 * wall-clock time in their zone) and the browser's File.lastModified in ms.
 */
export const startedAtField = (i: number) => `startedAt.${i}`;
export const lastModifiedField = (i: number) => `lastModified.${i}`;
