import { listLinksHandler } from '@/server/practitioners/link-handlers';

export const GET = listLinksHandler;
