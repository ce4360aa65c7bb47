import { exportAccountHandler } from '@/server/account/handlers';

export const GET = exportAccountHandler;
