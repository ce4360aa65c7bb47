import { listClientSessionsHandler } from '@/server/practitioners/client-handlers';

export const GET = listClientSessionsHandler;
