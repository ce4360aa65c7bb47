import type { UserRole } from './schema/json-types';

/** Who asks. Every query takes it first; what it may read and write is decided in db/access.ts. */
export interface Viewer {
  userId: string;
  role: UserRole;
}
