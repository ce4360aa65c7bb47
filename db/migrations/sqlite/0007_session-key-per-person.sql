-- Sessions are keyed by (user_id, id): an id is the owner's, so one person's id says nothing about
-- another's. SQLite cannot change a primary key in place, so the three tables are rebuilt. Migrations
-- run inside one transaction with foreign keys on (PRAGMA foreign_keys cannot change there), and
-- dropping a table someone references would cascade into them: so the new children reference the
-- new parent, the old tables go children first, and the renames carry the references along.
CREATE TABLE `__new_practice_session` (
	`id` text NOT NULL,
	`user_id` text NOT NULL,
	`kind` text DEFAULT 'breathing' NOT NULL,
	`posture` text,
	`local_date` text NOT NULL,
	`utc_offset_min` integer NOT NULL,
	`started_at` integer NOT NULL,
	`duration_ms` integer NOT NULL,
	`ended_early` integer NOT NULL,
	`protocol` text NOT NULL,
	`device` text,
	`beat_count` integer NOT NULL,
	`phases` text NOT NULL,
	`gaps` text NOT NULL,
	`pauses` text NOT NULL,
	`pacer_cycle_starts_ms` text NOT NULL,
	`check_in` text,
	`client_summary` text,
	`tags` text DEFAULT '[]' NOT NULL,
	`note` text,
	`hidden` integer DEFAULT false NOT NULL,
	`baseline_rmssd_ms` real,
	`recovery_rmssd_ms` real,
	`shift_rmssd_ms` real,
	`shift_percent` real,
	`shift_ln_rmssd` real,
	`breathing_coherence` real,
	`rsa_mean_bpm` real,
	`baseline_hr_bpm` real,
	`breathing_hr_bpm` real,
	`recovery_hr_bpm` real,
	`artifact_percent` real,
	`baseline_ln_rmssd` real,
	`practice_minutes` real DEFAULT 0 NOT NULL,
	`quality_ok` integer NOT NULL,
	`quality_reasons` text NOT NULL,
	`summary` text NOT NULL,
	`engine_version` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`user_id`, `id`),
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
INSERT INTO `__new_practice_session`("id", "user_id", "kind", "posture", "local_date", "utc_offset_min", "started_at", "duration_ms", "ended_early", "protocol", "device", "beat_count", "phases", "gaps", "pauses", "pacer_cycle_starts_ms", "check_in", "client_summary", "tags", "note", "hidden", "baseline_rmssd_ms", "recovery_rmssd_ms", "shift_rmssd_ms", "shift_percent", "shift_ln_rmssd", "breathing_coherence", "rsa_mean_bpm", "baseline_hr_bpm", "breathing_hr_bpm", "recovery_hr_bpm", "artifact_percent", "baseline_ln_rmssd", "practice_minutes", "quality_ok", "quality_reasons", "summary", "engine_version", "created_at") SELECT "id", "user_id", "kind", "posture", "local_date", "utc_offset_min", "started_at", "duration_ms", "ended_early", "protocol", "device", "beat_count", "phases", "gaps", "pauses", "pacer_cycle_starts_ms", "check_in", "client_summary", "tags", "note", "hidden", "baseline_rmssd_ms", "recovery_rmssd_ms", "shift_rmssd_ms", "shift_percent", "shift_ln_rmssd", "breathing_coherence", "rsa_mean_bpm", "baseline_hr_bpm", "breathing_hr_bpm", "recovery_hr_bpm", "artifact_percent", "baseline_ln_rmssd", "practice_minutes", "quality_ok", "quality_reasons", "summary", "engine_version", "created_at" FROM `practice_session`;--> statement-breakpoint
CREATE TABLE `__new_session_beats` (
	`user_id` text NOT NULL,
	`session_id` text NOT NULL,
	`beats` blob NOT NULL,
	PRIMARY KEY(`user_id`, `session_id`),
	FOREIGN KEY (`user_id`,`session_id`) REFERENCES `__new_practice_session`(`user_id`,`id`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
INSERT INTO `__new_session_beats`("user_id", "session_id", "beats") SELECT s."user_id", b."session_id", b."beats" FROM `session_beats` b JOIN `practice_session` s ON s."id" = b."session_id";--> statement-breakpoint
CREATE TABLE `__new_practitioner_note` (
	`id` text PRIMARY KEY NOT NULL,
	`session_user_id` text NOT NULL,
	`session_id` text NOT NULL,
	`author_id` text NOT NULL,
	`text` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_user_id`,`session_id`) REFERENCES `__new_practice_session`(`user_id`,`id`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
INSERT INTO `__new_practitioner_note`("id", "session_user_id", "session_id", "author_id", "text", "created_at", "updated_at") SELECT n."id", s."user_id", n."session_id", n."author_id", n."text", n."created_at", n."updated_at" FROM `practitioner_note` n JOIN `practice_session` s ON s."id" = n."session_id";--> statement-breakpoint
DROP TABLE `session_beats`;--> statement-breakpoint
DROP TABLE `practitioner_note`;--> statement-breakpoint
DROP TABLE `practice_session`;--> statement-breakpoint
ALTER TABLE `__new_practice_session` RENAME TO `practice_session`;--> statement-breakpoint
ALTER TABLE `__new_session_beats` RENAME TO `session_beats`;--> statement-breakpoint
ALTER TABLE `__new_practitioner_note` RENAME TO `practitioner_note`;--> statement-breakpoint
CREATE INDEX `practitioner_note_session_idx` ON `practitioner_note` (`session_user_id`,`session_id`);--> statement-breakpoint
CREATE INDEX `practitioner_note_author_idx` ON `practitioner_note` (`author_id`);--> statement-breakpoint
CREATE INDEX `practice_session_user_started_idx` ON `practice_session` (`user_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `practice_session_user_local_date_idx` ON `practice_session` (`user_id`,`local_date`);--> statement-breakpoint
CREATE INDEX `practice_session_user_day_cover_idx` ON `practice_session` (`user_id`,`local_date`,`started_at`,`hidden`,`baseline_ln_rmssd`,`practice_minutes`);