import { getTrendsHandler } from '@/server/trends/handlers';

export const GET = getTrendsHandler;
