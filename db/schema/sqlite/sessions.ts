// One practice session per row. The raw beats (session_beats, below) are the
// source of truth; every metric column is derived from them by lib/hrv and can be recomputed.
import { blob, foreignKey, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { postures, storedSessionKinds, type BreathingProtocol, type CheckIn, type ClientSummary, type PhaseSpan, type ResonanceAnalysis, type SessionDevice, type SessionSummary, type StoredQualityReason, type TimeSpan } from '../json-types';
import { nowMs, user } from './auth';

export const practiceSession = sqliteTable(
  'practice_session',
  {
    /**
     * Made by the client (uuid), so a retried upload finds the row it already wrote. Unique per person,
     * not across people (the key is user_id + id): someone who sends another person's id gets a session
     * of their own, answered as for any new id, and learns nothing about whether it exists.
     */
    id: text('id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: storedSessionKinds }).default('breathing').notNull(),
    posture: text('posture', { enum: postures }),
    /** The person's calendar day (YYYY-MM-DD) at startedAt, in their time zone then: trends group by it. */
    localDate: text('local_date').notNull(),
    /** Minutes east of UTC at startedAt in that zone (60 in Amsterdam in winter, 120 in summer). */
    utcOffsetMin: integer('utc_offset_min').notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    endedEarly: integer('ended_early', { mode: 'boolean' }).notNull(),
    protocol: text('protocol', { mode: 'json' }).$type<BreathingProtocol>().notNull(),
    device: text('device', { mode: 'json' }).$type<SessionDevice>(),

    beatCount: integer('beat_count').notNull(),
    phases: text('phases', { mode: 'json' }).$type<PhaseSpan[]>().notNull(),
    gaps: text('gaps', { mode: 'json' }).$type<TimeSpan[]>().notNull(),
    pauses: text('pauses', { mode: 'json' }).$type<TimeSpan[]>().notNull(),
    pacerCycleStartsMs: text('pacer_cycle_starts_ms', { mode: 'json' }).$type<number[]>().notNull(),
    checkIn: text('check_in', { mode: 'json' }).$type<CheckIn>(),
    clientSummary: text('client_summary', { mode: 'json' }).$type<ClientSummary>(),
    /** The person's own context: preset tag ids or their own words, lower case (see lib/trends/context.ts). */
    tags: text('tags', { mode: 'json' }).$type<string[]>().default([]).notNull(),
    note: text('note'),
    /** Kept from every linked practitioner, whatever the link shares; only the owner sees it. */
    hidden: integer('hidden', { mode: 'boolean' }).default(false).notNull(),

    // Derived by the server from the beats above (engineVersion says which engine did it).
    baselineRmssdMs: real('baseline_rmssd_ms'),
    recoveryRmssdMs: real('recovery_rmssd_ms'),
    shiftRmssdMs: real('shift_rmssd_ms'),
    shiftPercent: real('shift_percent'),
    shiftLnRmssd: real('shift_ln_rmssd'),
    breathingCoherence: real('breathing_coherence'),
    rsaMeanBpm: real('rsa_mean_bpm'),
    baselineHrBpm: real('baseline_hr_bpm'),
    breathingHrBpm: real('breathing_hr_bpm'),
    recoveryHrBpm: real('recovery_hr_bpm'),
    artifactPercent: real('artifact_percent'),
    /** ln of baselineRmssdMs when the baseline phase passed the engine's quality checks, else null. */
    baselineLnRmssd: real('baseline_ln_rmssd'),
    /** Minutes of the breathing (practice) phase, pauses left out. */
    practiceMinutes: real('practice_minutes').default(0).notNull(),
    qualityOk: integer('quality_ok', { mode: 'boolean' }).notNull(),
    qualityReasons: text('quality_reasons', { mode: 'json' }).$type<StoredQualityReason[]>().notNull(),
    /** The engine's SessionSummary as JSON; non-finite numbers (NaN) are stored as null. */
    summary: text('summary', { mode: 'json' }).$type<SessionSummary>().notNull(),
    /** A resonance assessment's steps and chosen rate, recomputed from the beats; null for any other kind. */
    resonance: text('resonance', { mode: 'json' }).$type<ResonanceAnalysis>(),
    engineVersion: text('engine_version').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
  },
  (table) => [
    primaryKey({ name: 'practice_session_pk', columns: [table.userId, table.id] }),
    index('practice_session_user_started_idx').on(table.userId, table.startedAt),
    index('practice_session_user_local_date_idx').on(table.userId, table.localDate),
    // A note's address names a session by its id alone (the owner follows from who may read it):
    // without this, that look-up scans every person's sessions.
    index('practice_session_id_idx').on(table.id),
    // Covers what the clients page and a trend read of a person's recent days, so those reads never
    // touch the wide rows (summary JSON) themselves.
    index('practice_session_user_day_cover_idx').on(table.userId, table.localDate, table.startedAt, table.hidden, table.baselineLnRmssd, table.practiceMinutes),
  ],
);

/**
 * The beats of a session, in a table of their own: a list of sessions never reads past a 30-KB blob
 * (in SQLite, columns after a large blob sit behind its overflow pages).
 */
export const sessionBeats = sqliteTable(
  'session_beats',
  {
    /** The session's owner: with session_id, the session's key. */
    userId: text('user_id').notNull(),
    sessionId: text('session_id').notNull(),
    /** Packed as lib/session/protocol/beats-codec.ts does. */
    beats: blob('beats', { mode: 'buffer' }).notNull(),
  },
  (table) => [
    primaryKey({ name: 'session_beats_pk', columns: [table.userId, table.sessionId] }),
    foreignKey({ name: 'session_beats_session_fk', columns: [table.userId, table.sessionId], foreignColumns: [practiceSession.userId, practiceSession.id] }).onDelete('cascade'),
  ],
);

/** Fixed-window counters of Herstel's own limits (uploads per person), shared by every app instance. */
export const requestLimit = sqliteTable('request_limit', {
  key: text('key').primaryKey(),
  windowStartMs: integer('window_start_ms').notNull(),
  count: integer('count').notNull(),
});
