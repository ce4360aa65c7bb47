// Practitioners and their clients: invites, links (what the client shares), notes on shared sessions,
// a prescribed practice per link, and the access log the client reads. db/access.ts decides who sees what.
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accessKinds, linkShares, type PrescribedProtocol } from '../json-types';
import { nowMs, user } from './auth';
import { practiceSession } from './sessions';

export const practitionerInvite = sqliteTable(
  'practitioner_invite',
  {
    id: text('id').primaryKey(),
    /** SHA-256 (hex) of the code: the code itself is only ever in the link the practitioner passes on. */
    codeHash: text('code_hash').notNull().unique(),
    practitionerId: text('practitioner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    usedBy: text('used_by').references(() => user.id, { onDelete: 'cascade' }),
  },
  (table) => [index('practitioner_invite_practitioner_idx').on(table.practitionerId)],
);

export const practitionerLink = sqliteTable(
  'practitioner_link',
  {
    id: text('id').primaryKey(),
    practitionerId: text('practitioner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    clientId: text('client_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    share: text('share', { enum: linkShares }).notNull(),
    acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }).notNull(),
    /** Set when either side ends the link; from then on nothing of the client is readable through it. */
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
    endedBy: text('ended_by', { enum: ['client', 'practitioner'] }),
  },
  (table) => [
    // One active link per pair; ended links stay as the history the client's access log refers to.
    uniqueIndex('practitioner_link_active_pair_idx').on(table.practitionerId, table.clientId).where(sql`ended_at is null`),
    index('practitioner_link_client_idx').on(table.clientId),
  ],
);

export const practitionerNote = sqliteTable(
  'practitioner_note',
  {
    id: text('id').primaryKey(),
    /** The client whose session it is: with session_id, the session's key. */
    sessionUserId: text('session_user_id').notNull(),
    sessionId: text('session_id').notNull(),
    authorId: text('author_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
  },
  (table) => [
    foreignKey({ name: 'practitioner_note_session_fk', columns: [table.sessionUserId, table.sessionId], foreignColumns: [practiceSession.userId, practiceSession.id] }).onDelete('cascade'),
    index('practitioner_note_session_idx').on(table.sessionUserId, table.sessionId),
    index('practitioner_note_author_idx').on(table.authorId),
  ],
);

export const prescription = sqliteTable('prescription', {
  id: text('id').primaryKey(),
  /** One current prescription per link: setting a new one replaces it; it ends with the link. */
  linkId: text('link_id')
    .notNull()
    .unique()
    .references(() => practitionerLink.id, { onDelete: 'cascade' }),
  protocol: text('protocol', { mode: 'json' }).$type<PrescribedProtocol>().notNull(),
  timesPerWeek: integer('times_per_week').notNull(),
  minutesPerSession: integer('minutes_per_session').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
});

export const accessLog = sqliteTable(
  'access_log',
  {
    id: text('id').primaryKey(),
    /**
     * Null once the practitioner deleted their account: the client's record that someone looked stays,
     * without naming a person who has left.
     */
    practitionerId: text('practitioner_id').references(() => user.id, { onDelete: 'set null' }),
    clientId: text('client_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    what: text('what', { enum: accessKinds }).notNull(),
    /** The session opened, for `session`; no foreign key: the entry stays when the session is deleted. */
    sessionId: text('session_id'),
    at: integer('at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
  },
  (table) => [
    index('access_log_client_at_idx').on(table.clientId, table.at),
    index('access_log_practitioner_idx').on(table.practitionerId),
    // Following a live session is logged once per practitioner and session, however many polls (and
    // instances) race to write it first.
    uniqueIndex('access_log_live_once_idx').on(table.practitionerId, table.clientId, table.sessionId).where(sql`what = 'live'`),
  ],
);
