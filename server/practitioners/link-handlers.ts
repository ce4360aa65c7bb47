import 'server-only';
// Route handlers of invites, links and the client's own side (sharing, prescriptions, access log).
import { z } from 'zod';
import { linkShares } from '@/db/schema/json-types';
import { getRequestViewer } from '@/server/auth';
import { jsonResponse } from '@/server/http/app-error';
import { withErrors } from '@/server/http/with-errors';
import { listAccessLog } from './access-log';
import { limitInviteGuesses, requestAddress } from './invite-guesses';
import { acceptInvite, createInvite, getInvite } from './invites';
import { endLink, listLinks } from './links';
import { listMyPrescriptions } from './prescriptions';
import { parseSessionId, parseUuid, readBody, requireApiViewer, type RouteContext } from './request';
import { setSessionHidden } from './sharing';

type CodeContext = RouteContext<{ code: string }>;
type IdContext = RouteContext<{ id: string }>;

const acceptSchema = z.object({ share: z.enum(linkShares) });
const sharingSchema = z.object({ hidden: z.boolean() });

export const createInviteHandler = withErrors(async (request: Request) => {
  const viewer = await requireApiViewer(request);
  return jsonResponse(201, await createInvite(viewer));
});

/** Open to a signed-out person too: the invite page shows whose invite it is before they sign in. */
export const getInviteHandler = withErrors(async (request: Request, context: CodeContext) => {
  const viewer = await getRequestViewer(request);
  const { code } = await context.params;
  return jsonResponse(200, await limitInviteGuesses(requestAddress(request.headers), () => getInvite(viewer, code)));
});

export const acceptInviteHandler = withErrors(async (request: Request, context: CodeContext) => {
  const viewer = await requireApiViewer(request);
  const { code } = await context.params;
  const { share } = await readBody(request, acceptSchema, "Send { share: 'from-now' } or { share: 'all' }.");
  // Accepting tells whether a code exists as well: it counts against the same allowance.
  return jsonResponse(201, await limitInviteGuesses(requestAddress(request.headers), () => acceptInvite(viewer, code, share)));
});

export const listLinksHandler = withErrors(async (request: Request) => {
  const viewer = await requireApiViewer(request);
  return jsonResponse(200, await listLinks(viewer));
});

export const endLinkHandler = withErrors(async (request: Request, context: IdContext) => {
  const viewer = await requireApiViewer(request);
  await endLink(viewer, parseUuid((await context.params).id, 'link'));
  return new Response(null, { status: 204 });
});

export const putSharingHandler = withErrors(async (request: Request, context: IdContext) => {
  const viewer = await requireApiViewer(request);
  const id = parseSessionId((await context.params).id);
  const { hidden } = await readBody(request, sharingSchema, 'Send { hidden: true } or { hidden: false }.');
  return jsonResponse(200, await setSessionHidden(viewer, id, hidden));
});

export const listMyPrescriptionsHandler = withErrors(async (request: Request) => {
  const viewer = await requireApiViewer(request);
  return jsonResponse(200, await listMyPrescriptions(viewer));
});

export const listAccessLogHandler = withErrors(async (request: Request) => {
  const viewer = await requireApiViewer(request);
  return jsonResponse(200, await listAccessLog(viewer));
});
