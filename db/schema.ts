// The one source of tables and row types. Auth tables live beside it in auth-schema.ts.
import { user } from './auth-schema';

export * from './auth-schema';
export * from './practice-session-schema';

export type User = typeof user.$inferSelect;
export type UserRole = User['role'];
export const userRoles = ['practising', 'practitioner'] as const satisfies readonly UserRole[];
