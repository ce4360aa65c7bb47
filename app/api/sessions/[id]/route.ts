import { deleteSessionHandler, getSessionHandler } from '@/server/sessions/handlers';

export const GET = getSessionHandler;
export const DELETE = deleteSessionHandler;
