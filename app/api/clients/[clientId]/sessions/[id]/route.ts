import { getClientSessionHandler } from '@/server/practitioners/client-handlers';

export const GET = getClientSessionHandler;
