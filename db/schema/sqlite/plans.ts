// A person's practice plan: the weekdays and time of day they mean to practise, and the hash of the
// secret that opens its calendar feed. Holds no health data, so the feed can read it alone.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { locales, type Weekday } from '../json-types';
import { nowMs, user } from './auth';

export const practicePlan = sqliteTable('practice_plan', {
  /** Random; the calendar events' UIDs are made from it, so they name no account. */
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .unique()
    .references(() => user.id, { onDelete: 'cascade' }),
  /** ISO weekdays, 1 = Monday … 7 = Sunday, ascending. */
  weekdays: text('weekdays', { mode: 'json' }).$type<Weekday[]>().notNull(),
  /** HH:MM on the person's clock, in their time zone (user.time_zone). */
  timeOfDay: text('time_of_day').notNull(),
  durationMin: integer('duration_min').notNull(),
  /** The language the feed's events are written in: the one the person planned in. */
  locale: text('locale', { enum: locales }).notNull(),
  /** SHA-256 (hex) of the feed's secret token; null while the feed is switched off. */
  feedTokenHash: text('feed_token_hash').unique(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
});
