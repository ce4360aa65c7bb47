// The browser side of POST /api/imports: the form it sends and what its answer means for the page.
import { lastModifiedField, startedAtField, type ImportedFile, type PreviewedFile } from './import-results';

export interface ChosenFile {
  file: File;
  /** A start the person set, as a datetime-local value (`2026-01-18T07:05`) in their zone; '' when none. */
  startedAt: string;
}

export type ImportAnswer =
  | { kind: 'previewed'; files: PreviewedFile[] }
  | { kind: 'imported'; files: ImportedFile[] }
  | { kind: 'refused'; files: PreviewedFile[] }
  | { kind: 'failed'; reason: 'too-large' | 'rate-limited' | 'busy' | 'other' };

export function importForm(chosen: readonly ChosenFile[], timeZone: string): FormData {
  const form = new FormData();
  chosen.forEach(({ file, startedAt }, i) => {
    form.append('files', file, file.name);
    if (startedAt !== '') form.append(startedAtField(i), startedAt);
    if (file.lastModified > 0) form.append(lastModifiedField(i), String(file.lastModified));
  });
  form.append('timeZone', timeZone);
  return form;
}

export async function sendImport(chosen: readonly ChosenFile[], timeZone: string, { dryRun, signal }: { dryRun: boolean; signal?: AbortSignal }): Promise<ImportAnswer> {
  const response = await fetch(`/api/imports${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: importForm(chosen, timeZone), signal });
  if (response.status === 413) return { kind: 'failed', reason: 'too-large' };
  if (response.status === 429) return { kind: 'failed', reason: 'rate-limited' };
  if (response.status === 503) return { kind: 'failed', reason: 'busy' };
  const body = (await response.json().catch(() => null)) as { files?: unknown } | null;
  if (!body || !Array.isArray(body.files)) return { kind: 'failed', reason: 'other' };
  if (response.status === 200 && dryRun) return { kind: 'previewed', files: body.files as PreviewedFile[] };
  if (response.status === 201) return { kind: 'imported', files: body.files as ImportedFile[] };
  if (response.status === 400) return { kind: 'refused', files: (body.files as PreviewedFile[]).map((f) => (f.ok ? { ...f, alreadyImported: false } : f)) };
  return { kind: 'failed', reason: 'other' };
}
