import { putSharingHandler } from '@/server/practitioners/link-handlers';

export const PUT = putSharingHandler;
