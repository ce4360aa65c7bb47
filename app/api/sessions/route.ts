import { getSessionHandlers } from '@/server/sessions/session-api';

export const POST = (request: Request) => getSessionHandlers().create(request);
export const GET = (request: Request) => getSessionHandlers().list(request);
