// The same tables as ../sqlite/practitioners.ts (a test keeps the two equal), in PostgreSQL types.
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { accessKinds, linkShares, type PrescribedProtocol } from '../json-types';
import { user } from './auth';
import { timestampMs } from './columns';
import { practiceSession } from './sessions';

export const practitionerInvite = pgTable(
  'practitioner_invite',
  {
    id: text('id').primaryKey(),
    codeHash: text('code_hash').notNull().unique(),
    practitionerId: text('practitioner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    createdAt: timestampMs('created_at').defaultNow().notNull(),
    expiresAt: timestampMs('expires_at').notNull(),
    usedAt: timestampMs('used_at'),
    usedBy: text('used_by').references(() => user.id, { onDelete: 'cascade' }),
  },
  (table) => [index('practitioner_invite_practitioner_idx').on(table.practitionerId)],
);

export const practitionerLink = pgTable(
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
    acceptedAt: timestampMs('accepted_at').notNull(),
    endedAt: timestampMs('ended_at'),
    endedBy: text('ended_by', { enum: ['client', 'practitioner'] }),
  },
  (table) => [
    uniqueIndex('practitioner_link_active_pair_idx').on(table.practitionerId, table.clientId).where(sql`ended_at is null`),
    index('practitioner_link_client_idx').on(table.clientId),
  ],
);

export const practitionerNote = pgTable(
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
    createdAt: timestampMs('created_at').defaultNow().notNull(),
    updatedAt: timestampMs('updated_at').defaultNow().notNull(),
  },
  (table) => [
    foreignKey({ name: 'practitioner_note_session_fk', columns: [table.sessionUserId, table.sessionId], foreignColumns: [practiceSession.userId, practiceSession.id] }).onDelete('cascade'),
    index('practitioner_note_session_idx').on(table.sessionUserId, table.sessionId),
    index('practitioner_note_author_idx').on(table.authorId),
  ],
);

export const prescription = pgTable('prescription', {
  id: text('id').primaryKey(),
  linkId: text('link_id')
    .notNull()
    .unique()
    .references(() => practitionerLink.id, { onDelete: 'cascade' }),
  protocol: jsonb('protocol').$type<PrescribedProtocol>().notNull(),
  timesPerWeek: integer('times_per_week').notNull(),
  minutesPerSession: integer('minutes_per_session').notNull(),
  createdAt: timestampMs('created_at').defaultNow().notNull(),
  updatedAt: timestampMs('updated_at').defaultNow().notNull(),
});

export const accessLog = pgTable(
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
    sessionId: text('session_id'),
    at: timestampMs('at').defaultNow().notNull(),
  },
  (table) => [
    index('access_log_client_at_idx').on(table.clientId, table.at),
    index('access_log_practitioner_idx').on(table.practitionerId),
    // Following a live session is logged once per practitioner and session, however many polls (and
    // instances) race to write it first.
    uniqueIndex('access_log_live_once_idx').on(table.practitionerId, table.clientId, table.sessionId).where(sql`what = 'live'`),
  ],
);
