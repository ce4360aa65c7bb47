import 'server-only';
import { getDb } from '@/db/client';
import { getAuth } from '@/server/auth';
import { createSessionHandlers, type SessionHandlers } from './session-handlers';

let handlers: SessionHandlers | undefined;

/** The handlers on the app's database and auth, made on first request (never during `next build`). */
export function getSessionHandlers(): SessionHandlers {
  handlers ??= createSessionHandlers({ db: getDb(), auth: getAuth() });
  return handlers;
}
