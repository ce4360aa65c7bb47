import { deleteLiveHandler } from '@/server/live/handlers';

export const DELETE = deleteLiveHandler;
