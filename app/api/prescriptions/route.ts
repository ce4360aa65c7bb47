import { listMyPrescriptionsHandler } from '@/server/practitioners/link-handlers';

export const GET = listMyPrescriptionsHandler;
