import 'server-only';
import type { Viewer } from '@/db/viewer';
import { AppError } from '@/server/http/app-error';

/** Anything the viewer may not see answers exactly like something that does not exist. */
export const notFound = (what = 'Not found.') => new AppError(404, 'not-found', what);

/** Only for what the viewer's role can never do: it tells nothing about any particular row. */
export function requirePractitioner(viewer: Viewer): void {
  if (viewer.role !== 'practitioner') throw new AppError(403, 'forbidden', 'Only a practitioner account can do this.');
}

export function requirePractising(viewer: Viewer): void {
  if (viewer.role !== 'practising') throw new AppError(403, 'forbidden', 'A practitioner account cannot become someone’s client; use a personal account.');
}
