import 'server-only';
import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { z } from 'zod';
import { nextCookies } from 'better-auth/next-js';
import type { Database } from '@/db/database';
import { userRoles } from '@/db/schema/json-types';
import { clientAddressHeader } from '../client-address';
import { checkAccountFields, refundSignInAttempt, takeSignInAttempt, takeSignUpAllowance } from './account-limits';
import { maxPasswordLength, minPasswordLength } from '@/lib/auth/password-rules';

export interface AuthOptions {
  database: Database;
  baseUrl: string;
  secret: string;
  /** Sign-in and sign-up attempts per client address per minute. */
  rateLimitMax: number;
  /** New accounts per minute from everyone together (SIGNUP_RATE_LIMIT_MAX). */
  signUpRateLimitMax?: number;
}

const asRecord = (body: unknown): Record<string, unknown> => (body && typeof body === 'object' ? (body as Record<string, unknown>) : {});

/** Both loopback spellings: browsers treat localhost and 127.0.0.1 as different origins. */
function loopbackTwin(baseUrl: string): string[] {
  const url = new URL(baseUrl);
  if (url.hostname === 'localhost') return [`${url.protocol}//127.0.0.1${url.port ? `:${url.port}` : ''}`];
  if (url.hostname === '127.0.0.1') return [`${url.protocol}//localhost${url.port ? `:${url.port}` : ''}`];
  return [];
}

export function createAuth({ database, baseUrl, secret, rateLimitMax, signUpRateLimitMax = 30 }: AuthOptions) {
  const attemptRule = { window: 60, max: rateLimitMax };
  // The window a sign-in attempt was counted in, for the after hook to refund it on success.
  const signInWindows = new WeakMap<Request, { email: string; windowStartMs: number }>();
  return betterAuth({
    appName: 'Herstel',
    baseURL: baseUrl,
    secret,
    trustedOrigins: [baseUrl, ...loopbackTwin(baseUrl)],
    database: drizzleAdapter(database.auth.db, { provider: database.auth.provider, schema: database.auth.schema }),
    emailAndPassword: { enabled: true, minPasswordLength, maxPasswordLength, autoSignIn: true },
    user: {
      additionalFields: {
        // Chosen once at sign-up; the update endpoint refuses it (see hooks).
        role: {
          type: 'string',
          required: false,
          defaultValue: 'practising',
          input: true,
          validator: { input: z.enum(userRoles) },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const body = asRecord(ctx.body);
        if (ctx.path === '/update-user') {
          if ('role' in body) throw new APIError('BAD_REQUEST', { message: 'The role cannot be changed', code: 'ROLE_IMMUTABLE' });
          checkAccountFields(body, { nameRequired: false });
        }
        if (ctx.path === '/sign-up/email') {
          checkAccountFields(body, { nameRequired: true });
          await takeSignUpAllowance(database, signUpRateLimitMax);
        }
        if (ctx.path === '/sign-in/email' && typeof body.email === 'string') {
          const windowStartMs = await takeSignInAttempt(database, body.email);
          if (ctx.request) signInWindows.set(ctx.request, { email: body.email, windowStartMs });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const counted = ctx.path === '/sign-in/email' && ctx.request ? signInWindows.get(ctx.request) : undefined;
        if (counted && !isAPIError(ctx.context.returned)) await refundSignInAttempt(database, counted.email, counted.windowStartMs);
      }),
    },
    databaseHooks: {
      // Stored trimmed: the checks above measured the trimmed name.
      user: {
        create: { before: async (user) => ({ data: { ...user, name: user.name.trim() } }) },
        update: { before: async (user) => ({ data: typeof user.name === 'string' ? { ...user, name: user.name.trim() } : user }) },
      },
    },
    // On in every environment (the library's default is production only), counted in the database so
    // every app instance shares the count.
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 200,
      customRules: { '/sign-in/email': attemptRule, '/sign-up/email': attemptRule },
    },
    // The library skips its origin check when NODE_ENV is "test"; Herstel checks in every environment.
    advanced: {
      disableOriginCheck: false,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // Set by the server on each request (server/client-address.ts), never taken from the client.
      ipAddress: { ipAddressHeaders: [clientAddressHeader()] },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
