import { createSessionHandler, listSessionsHandler } from '@/server/sessions/handlers';

export const POST = createSessionHandler;
export const GET = listSessionsHandler;
