import { getInviteHandler } from '@/server/practitioners/link-handlers';

export const GET = getInviteHandler;
