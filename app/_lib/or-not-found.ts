import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from '@/server/http/app-error';

/**
 * For server pages: what the caller may not see (404) or their role can never open (403) renders the
 * not-found page, exactly like something that does not exist. Anything else is a real failure and is
 * left to app/error.tsx.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && (error.status === 404 || error.status === 403)) notFound();
    throw error;
  }
}
