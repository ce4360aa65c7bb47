// Reads a POST /api/imports body (multipart/form-data) into files. Pure (no `server-only`), so it runs
// on a pool thread with the analysis: parsing 20 MB of multipart takes about 200 ms.
import { validTimeZone } from '@/lib/i18n/time-zone';
import { lastModifiedField, startedAtField } from '@/lib/session/import/import-results';
import { importLimits } from '@/lib/session/protocol/limits';
import type { ImportFileTask } from './prepare-import';

export type ParsedImportForm =
  | { kind: 'form'; files: ImportFileTask[]; timeZone: string | null }
  | { kind: 'refused'; status: 400 | 413; message: string };

class FormRefusal extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Every `files` entry, and for the i-th one an optional `startedAt.<i>` (ISO, or a wall-clock time in
 * the person's zone) and `lastModified.<i>` (ms since 1970, the browser's File.lastModified); `timeZone`
 * is the browser's zone, for a person who has none stored yet.
 */
export async function parseImportForm(body: Uint8Array<ArrayBuffer>, contentType: string): Promise<ParsedImportForm> {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return { kind: 'refused', status: 400, message: 'Send the files as multipart/form-data, each in a field named "files".' };
  }
  try {
    return { kind: 'form', files: await readFiles(form), timeZone: validTimeZone(textField(form, 'timeZone') ?? undefined) };
  } catch (error) {
    if (error instanceof FormRefusal) return { kind: 'refused', status: error.status, message: error.message };
    throw error;
  }
}

async function readFiles(form: FormData): Promise<ImportFileTask[]> {
  const entries = form.getAll('files');
  if (entries.length === 0) throw new FormRefusal(400, 'Choose at least one file (a field named "files").');
  if (entries.length > importLimits.maxFiles) throw new FormRefusal(413, `At most ${importLimits.maxFiles} files at once; this request has ${entries.length}.`);
  const files: ImportFileTask[] = [];
  for (const [i, entry] of entries.entries()) {
    if (typeof entry === 'string') throw new FormRefusal(400, `"files" entry ${i + 1} is text, not a file.`);
    files.push({
      name: entry.name,
      bytes: new Uint8Array(await entry.arrayBuffer()),
      startedAt: textField(form, startedAtField(i)),
      lastModifiedMs: millisecondsField(form, lastModifiedField(i)),
    });
  }
  return files;
}

function textField(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function millisecondsField(form: FormData, name: string): number | null {
  const text = textField(form, name);
  if (text === null) return null;
  const ms = Number(text);
  if (!Number.isFinite(ms) || ms <= 0) throw new FormRefusal(400, `${name} is not a time in milliseconds.`);
  return ms;
}
