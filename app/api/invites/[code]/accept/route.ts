import { acceptInviteHandler } from '@/server/practitioners/link-handlers';

export const POST = acceptInviteHandler;
