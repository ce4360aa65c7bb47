import { getSessionHandlers } from '@/server/sessions/session-api';
import type { SessionIdContext } from '@/server/sessions/session-handlers';

export const PUT = (request: Request, context: SessionIdContext) => getSessionHandlers().putCheckIn(request, context);
