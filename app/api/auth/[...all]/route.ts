import { toNextJsHandler } from 'better-auth/next-js';
import { getAuth } from '@/server/auth';
import { withErrors } from '@/server/http/with-errors';

const handler = withErrors(async (request: Request) => (await getAuth()).handler(request));

export const { GET, POST } = toNextJsHandler(handler);
