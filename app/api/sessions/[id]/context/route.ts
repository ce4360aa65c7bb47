import { putContextHandler } from '@/server/sessions/handlers';

export const PUT = putContextHandler;
