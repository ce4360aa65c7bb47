import 'server-only';
import { z } from 'zod';
import { deleteAccount, getAccountRecords } from '@/db/queries/account';
import { getAuth } from '@/server/auth';
import { AppError } from '@/server/http/app-error';
import { readJsonBody } from '@/server/http/read-json-body';
import { withErrors } from '@/server/http/with-errors';
import { requireViewer } from '@/server/sessions/handlers';
import { streamAccountZip } from './export-zip';

const confirmSchema = z.object({ confirm: z.string().max(320) });

export const exportAccountHandler = withErrors(async (request: Request) => {
  const viewer = await requireViewer(request);
  const now = new Date();
  const stream = await streamAccountZip(viewer, now);
  if (!stream) throw new AppError(401, 'unauthenticated', 'Sign in to download your data.');
  return new Response(stream, {
    status: 200,
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="herstel-export-${now.toISOString().slice(0, 10)}.zip"`,
      'cache-control': 'private, no-store',
    },
  });
});

/** Deletes the signed-in person after they typed their email; answers with the auth cookies cleared. */
export const deleteAccountHandler = withErrors(async (request: Request) => {
  const viewer = await requireViewer(request);
  const parsed = confirmSchema.safeParse(await readJsonBody(request, 4_096));
  if (!parsed.success) throw new AppError(400, 'invalid-request', 'Send { confirm: <your email> } to delete the account.');
  const records = await getAccountRecords(viewer);
  if (!records || normalise(records.user.email) !== normalise(parsed.data.confirm)) {
    throw new AppError(400, 'invalid-request', 'That is not the email address of this account.');
  }
  await deleteAccount(viewer);
  const response = new Response(null, { status: 204 });
  for (const cookie of await expiredAuthCookies()) response.headers.append('set-cookie', cookie);
  return response;
});

function normalise(email: string): string {
  return email.trim().toLowerCase();
}

/** Every cookie the auth library may have set, expired with the attributes it was set with. */
async function expiredAuthCookies(): Promise<string[]> {
  const { authCookies } = await (await getAuth()).$context;
  return Object.values(authCookies).map(({ name, attributes }) => {
    const parts = [`${name}=`, `Path=${attributes.path ?? '/'}`, 'Max-Age=0', 'HttpOnly', `SameSite=${attributes.sameSite ?? 'Lax'}`];
    if (attributes.secure) parts.push('Secure');
    return parts.join('; ');
  });
}
