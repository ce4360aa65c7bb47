import { getSessionHandlers } from '@/lib/session/server/session-api';
import type { SessionIdContext } from '@/lib/session/server/session-handlers';

export const PUT = (request: Request, context: SessionIdContext) => getSessionHandlers().putCheckIn(request, context);
