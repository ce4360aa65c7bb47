import { getClientTrendsHandler } from '@/server/practitioners/client-handlers';

export const GET = getClientTrendsHandler;
