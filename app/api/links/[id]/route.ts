import { endLinkHandler } from '@/server/practitioners/link-handlers';

export const DELETE = endLinkHandler;
