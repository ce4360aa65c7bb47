import { deleteAccountHandler } from '@/server/account/handlers';

export const DELETE = deleteAccountHandler;
