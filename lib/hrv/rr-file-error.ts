export type RrFileErrorCode =
  | 'empty'
  | 'bad-number'
  | 'non-positive'
  | 'no-rr-column'
  | 'missing-column'
  | 'missing-section'
  | 'too-few-intervals'
  | 'implausible-rr'
  | 'too-large'
  | 'too-many-beats'
  | 'wrong-separator'
  | 'bad-date'
  | 'bad-time';

/** A file that cannot be read as RR intervals; `line` (1-based) points at the offending line when there is one. */
export class RrFileError extends Error {
  readonly code: RrFileErrorCode;
  readonly line: number | null;

  constructor(code: RrFileErrorCode, message: string, line: number | null = null) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'RrFileError';
    this.code = code;
    this.line = line;
  }
}
