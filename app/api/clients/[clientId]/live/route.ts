import { getClientLiveHandler } from '@/server/live/handlers';

export const GET = getClientLiveHandler;
