import { getSessionHandlers } from '@/lib/session/server/session-api';
import type { SessionIdContext } from '@/lib/session/server/session-handlers';

export const GET = (request: Request, context: SessionIdContext) => getSessionHandlers().get(request, context);
export const DELETE = (request: Request, context: SessionIdContext) => getSessionHandlers().remove(request, context);
