import type { RrFileErrorCode } from '../rr-file-error';

export const rrFormats = ['plain', 'csv', 'kubios', 'elite-hrv', 'polar-sensor-logger', 'polar-flow', 'hrv-logger', 'polar-hrm'] as const;
export type RrFormat = (typeof rrFormats)[number];

/** A wall-clock time as a file writes it; `offsetMinutes` only where the file names its zone. */
export interface FileDateTime {
  /** `YYYY-MM-DDTHH:mm:ss` (seconds may carry a fraction), in the zone of the recording. */
  local: string;
  offsetMinutes?: number;
}

export interface ParsedRecording {
  ok: true;
  format: RrFormat;
  rrMs: number[];
  /** Where the file (or its name) says when the recording began. */
  startedAt?: FileDateTime;
}

/** A file that cannot be read; `line` (1-based) names the offending line when there is one. */
export interface RrFormatError {
  ok: false;
  line: number | null;
  /** The kind of problem, for a reader in another language; `reason` says it in English with the detail. */
  code: RrFileErrorCode;
  reason: string;
}

export type RrFileResult = ParsedRecording | RrFormatError;
