import { putCheckInHandler } from '@/server/sessions/handlers';

export const PUT = putCheckInHandler;
