import { importFilesHandler } from '@/server/imports/handlers';

export const POST = importFilesHandler;
