import 'server-only';
import { lastModifiedField, startedAtField } from '@/lib/session/import/import-results';
import { importLimits } from '@/lib/session/protocol/limits';
import { AppError } from '@/server/http/app-error';
import { readBodyBytes } from '@/server/http/read-json-body';
import type { ImportFileTask } from './prepare-import';

export interface ImportForm {
  files: ImportFileTask[];
  /** The browser's zone, for a person who has none stored yet. */
  timeZone: string | null;
}

/**
 * The files of a POST /api/imports body (multipart/form-data): every `files` entry, and for the i-th
 * one an optional `startedAt.<i>` (ISO, or a wall-clock time in the person's zone) and `lastModified.<i>`
 * (ms since 1970, the browser's File.lastModified). The body is read within the request limit first —
 * the declared length, then the bytes as they arrive (413) — and only then parsed.
 */
export async function readImportForm(request: Request): Promise<ImportForm> {
  const bytes = await readBodyBytes(request, importLimits.maxRequestBytes);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw new AppError(400, 'invalid-request', 'Send the files as multipart/form-data, each in a field named "files".');
  }
  const entries = form.getAll('files');
  if (entries.length === 0) throw new AppError(400, 'invalid-request', 'Choose at least one file (a field named "files").');
  if (entries.length > importLimits.maxFiles) {
    throw new AppError(413, 'payload-too-large', `At most ${importLimits.maxFiles} files at once; this request has ${entries.length}.`);
  }
  const files: ImportFileTask[] = [];
  for (const [i, entry] of entries.entries()) {
    if (typeof entry === 'string') throw new AppError(400, 'invalid-request', `"files" entry ${i + 1} is text, not a file.`);
    files.push({
      name: entry.name,
      // A buffer of its own per file: it is handed over to a pool thread.
      bytes: new Uint8Array(await entry.arrayBuffer()),
      startedAt: textField(form, startedAtField(i)),
      lastModifiedMs: millisecondsField(form, lastModifiedField(i)),
    });
  }
  return { files, timeZone: textField(form, 'timeZone') };
}

function textField(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function millisecondsField(form: FormData, name: string): number | null {
  const text = textField(form, name);
  if (text === null) return null;
  const ms = Number(text);
  if (!Number.isFinite(ms) || ms <= 0) throw new AppError(400, 'invalid-request', `${name} is not a time in milliseconds.`);
  return ms;
}
