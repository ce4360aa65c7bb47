import { getPlanFeedHandler } from '@/server/plans/handlers';

export const GET = getPlanFeedHandler;
