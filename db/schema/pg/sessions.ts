// The same tables as ../sqlite/sessions.ts (a test keeps the two equal), in PostgreSQL types.
import { bigint, boolean, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { postures, storedSessionKinds, type BreathingProtocol, type CheckIn, type ClientSummary, type PhaseSpan, type ResonanceAnalysis, type SessionDevice, type SessionSummary, type StoredQualityReason, type TimeSpan } from '../json-types';
import { user } from './auth';
import { bytes, timestampMs } from './columns';

export const practiceSession = pgTable(
  'practice_session',
  {
    id: text('id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: storedSessionKinds }).default('breathing').notNull(),
    posture: text('posture', { enum: postures }),
    localDate: text('local_date').notNull(),
    utcOffsetMin: integer('utc_offset_min').notNull(),
    startedAt: timestampMs('started_at').notNull(),
    durationMs: integer('duration_ms').notNull(),
    endedEarly: boolean('ended_early').notNull(),
    protocol: jsonb('protocol').$type<BreathingProtocol>().notNull(),
    device: jsonb('device').$type<SessionDevice>(),

    beatCount: integer('beat_count').notNull(),
    phases: jsonb('phases').$type<PhaseSpan[]>().notNull(),
    gaps: jsonb('gaps').$type<TimeSpan[]>().notNull(),
    pauses: jsonb('pauses').$type<TimeSpan[]>().notNull(),
    pacerCycleStartsMs: jsonb('pacer_cycle_starts_ms').$type<number[]>().notNull(),
    checkIn: jsonb('check_in').$type<CheckIn>(),
    clientSummary: jsonb('client_summary').$type<ClientSummary>(),
    tags: jsonb('tags').$type<string[]>().default([]).notNull(),
    note: text('note'),
    hidden: boolean('hidden').default(false).notNull(),

    baselineRmssdMs: doublePrecision('baseline_rmssd_ms'),
    recoveryRmssdMs: doublePrecision('recovery_rmssd_ms'),
    shiftRmssdMs: doublePrecision('shift_rmssd_ms'),
    shiftPercent: doublePrecision('shift_percent'),
    shiftLnRmssd: doublePrecision('shift_ln_rmssd'),
    breathingCoherence: doublePrecision('breathing_coherence'),
    rsaMeanBpm: doublePrecision('rsa_mean_bpm'),
    baselineHrBpm: doublePrecision('baseline_hr_bpm'),
    breathingHrBpm: doublePrecision('breathing_hr_bpm'),
    recoveryHrBpm: doublePrecision('recovery_hr_bpm'),
    artifactPercent: doublePrecision('artifact_percent'),
    baselineLnRmssd: doublePrecision('baseline_ln_rmssd'),
    practiceMinutes: doublePrecision('practice_minutes').default(0).notNull(),
    qualityOk: boolean('quality_ok').notNull(),
    qualityReasons: jsonb('quality_reasons').$type<StoredQualityReason[]>().notNull(),
    summary: jsonb('summary').$type<SessionSummary>().notNull(),
    /** A resonance assessment's steps and chosen rate, recomputed from the beats; null for any other kind. */
    resonance: jsonb('resonance').$type<ResonanceAnalysis>(),
    engineVersion: text('engine_version').notNull(),
    createdAt: timestampMs('created_at').defaultNow().notNull(),
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

export const sessionBeats = pgTable(
  'session_beats',
  {
    userId: text('user_id').notNull(),
    sessionId: text('session_id').notNull(),
    beats: bytes('beats').notNull(),
  },
  (table) => [
    primaryKey({ name: 'session_beats_pk', columns: [table.userId, table.sessionId] }),
    foreignKey({ name: 'session_beats_session_fk', columns: [table.userId, table.sessionId], foreignColumns: [practiceSession.userId, practiceSession.id] }).onDelete('cascade'),
  ],
);

export const requestLimit = pgTable('request_limit', {
  key: text('key').primaryKey(),
  windowStartMs: bigint('window_start_ms', { mode: 'number' }).notNull(),
  count: integer('count').notNull(),
});
