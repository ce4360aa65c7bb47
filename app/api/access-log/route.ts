import { listAccessLogHandler } from '@/server/practitioners/link-handlers';

export const GET = listAccessLogHandler;
