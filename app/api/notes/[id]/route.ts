import { deleteNoteHandler, putNoteHandler } from '@/server/practitioners/client-handlers';

export const PUT = putNoteHandler;
export const DELETE = deleteNoteHandler;
