import { getSessionHandlers } from '@/server/sessions/session-api';
import type { SessionIdContext } from '@/server/sessions/session-handlers';

export const GET = (request: Request, context: SessionIdContext) => getSessionHandlers().get(request, context);
export const DELETE = (request: Request, context: SessionIdContext) => getSessionHandlers().remove(request, context);
