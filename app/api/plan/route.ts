import { deletePlanHandler, getPlanHandler, putPlanHandler } from '@/server/plans/handlers';

export const GET = getPlanHandler;
export const PUT = putPlanHandler;
export const DELETE = deletePlanHandler;
