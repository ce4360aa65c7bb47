// The same table as ../sqlite/plans.ts (a test keeps the two equal), in PostgreSQL types.
import { integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { locales, type Weekday } from '../json-types';
import { user } from './auth';
import { timestampMs } from './columns';

export const practicePlan = pgTable('practice_plan', {
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .unique()
    .references(() => user.id, { onDelete: 'cascade' }),
  weekdays: jsonb('weekdays').$type<Weekday[]>().notNull(),
  timeOfDay: text('time_of_day').notNull(),
  durationMin: integer('duration_min').notNull(),
  locale: text('locale', { enum: locales }).notNull(),
  feedTokenHash: text('feed_token_hash').unique(),
  updatedAt: timestampMs('updated_at').defaultNow().notNull(),
});
