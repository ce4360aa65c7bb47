import { createNoteHandler, listNotesHandler } from '@/server/practitioners/client-handlers';

export const GET = listNotesHandler;
export const POST = createNoteHandler;
