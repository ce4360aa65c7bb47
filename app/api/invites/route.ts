import { createInviteHandler } from '@/server/practitioners/link-handlers';

export const POST = createInviteHandler;
