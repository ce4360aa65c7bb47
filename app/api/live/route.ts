import { postLiveBatchHandler } from '@/server/live/handlers';

export const POST = postLiveBatchHandler;
