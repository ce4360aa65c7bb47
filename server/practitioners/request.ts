import 'server-only';
// What the practitioner route handlers share: the viewer (401 when signed out) and route ids that are
// well formed (a malformed id cannot name anything: 404, like an unknown one).
import { z } from 'zod';
import type { Viewer } from '@/db/viewer';
import { sessionIdSchema } from '@/lib/session/protocol/upload-schema';
import { getRequestViewer } from '@/server/auth';
import { AppError } from '@/server/http/app-error';
import { readJsonBody } from '@/server/http/read-json-body';
import { notFound } from './errors';

/** Route context as Next.js passes it for a dynamic segment. */
export interface RouteContext<Params extends Record<string, string>> {
  params: Promise<Params>;
}

/** A note or a prescription with room to spare; nothing these routes take is larger. */
export const maxPractitionerBodyBytes = 16_384;

export async function requireApiViewer(request: Request): Promise<Viewer> {
  const viewer = await getRequestViewer(request);
  if (!viewer) throw new AppError(401, 'unauthenticated', 'Sign in first.');
  return viewer;
}

/** Account ids come from the auth library: letters, digits, and - or _. */
const accountIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const uuidSchema = z.uuid().transform((id) => id.toLowerCase());

export function parseAccountId(raw: string): string {
  const parsed = accountIdSchema.safeParse(raw);
  if (!parsed.success) throw notFound('No such client.');
  return parsed.data;
}

export function parseUuid(raw: string, what: string): string {
  const parsed = uuidSchema.safeParse(raw);
  if (!parsed.success) throw notFound(`No such ${what}.`);
  return parsed.data;
}

export function parseSessionId(raw: string): string {
  const parsed = sessionIdSchema.safeParse(raw);
  if (!parsed.success) throw notFound('No such session.');
  return parsed.data;
}

export async function readBody<T>(request: Request, schema: z.ZodType<T>, message: string): Promise<T> {
  const parsed = schema.safeParse(await readJsonBody(request, maxPractitionerBodyBytes));
  if (!parsed.success) throw new AppError(400, 'invalid-request', message);
  return parsed.data;
}
