import { exportSessionHandler } from '@/server/sessions/export';

export const GET = exportSessionHandler;
