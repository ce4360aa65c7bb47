import { getSessionHandlers } from '@/lib/session/server/session-api';

export const POST = (request: Request) => getSessionHandlers().create(request);
export const GET = (request: Request) => getSessionHandlers().list(request);
