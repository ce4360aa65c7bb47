import { toNextJsHandler } from 'better-auth/next-js';
import { authRouteHandler } from '@/server/auth/route-handler';

export const { GET, POST } = toNextJsHandler(authRouteHandler);
