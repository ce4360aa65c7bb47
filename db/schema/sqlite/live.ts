// A session shared live with the client's practitioners: a view, not the record. The journal and the
// upload stay the session's source of truth; this row holds only the last minutes of beats so that any
// app instance can answer the practitioner from the database. One row per person: a new live session
// replaces the last one, and its beats are cleared the moment it ends.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { LiveBeat, LivePhase, LiveRhythm } from '../json-types';
import { nowMs, user } from './auth';

export const liveSession = sqliteTable(
  'live_session',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => user.id, { onDelete: 'cascade' }),
    /** The journal's session id: the access log names it, and a later upload with it can hide it. */
    sessionId: text('session_id').notNull(),
    phase: text('phase', { enum: ['baseline', 'breathing', 'recovery'] }).$type<LivePhase>(),
    paused: integer('paused', { mode: 'boolean' }).default(false).notNull(),
    rhythm: text('rhythm', { mode: 'json' }).$type<LiveRhythm>().notNull(),
    /** The last few minutes of beats (session-relative), oldest first; emptied when the session ends. */
    beats: text('beats', { mode: 'json' }).$type<LiveBeat[]>().notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('live_session_updated_idx').on(table.updatedAt)],
);
