import { listClientsHandler } from '@/server/practitioners/client-handlers';

export const GET = listClientsHandler;
