// The same table as ../sqlite/live.ts (a test keeps the two equal), in PostgreSQL types.
import { boolean, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { LiveBeat, LivePhase, LiveRhythm } from '../json-types';
import { user } from './auth';
import { timestampMs } from './columns';

export const liveSession = pgTable(
  'live_session',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => user.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').notNull(),
    phase: text('phase', { enum: ['baseline', 'breathing', 'recovery'] }).$type<LivePhase>(),
    paused: boolean('paused').default(false).notNull(),
    rhythm: jsonb('rhythm').$type<LiveRhythm>().notNull(),
    beats: jsonb('beats').$type<LiveBeat[]>().notNull(),
    startedAt: timestampMs('started_at').defaultNow().notNull(),
    updatedAt: timestampMs('updated_at').defaultNow().notNull(),
    endedAt: timestampMs('ended_at'),
  },
  (table) => [index('live_session_updated_idx').on(table.updatedAt)],
);
