import { deletePlanFeedHandler, postPlanFeedHandler } from '@/server/plans/handlers';

export const POST = postPlanFeedHandler;
export const DELETE = deletePlanFeedHandler;
