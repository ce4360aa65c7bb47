export { parseRrFile } from './parse-rr-file';
export { toInstant } from './date-time';
export { rrFormats, type FileDateTime, type ParsedRecording, type RrFileResult, type RrFormat, type RrFormatError } from './types';
