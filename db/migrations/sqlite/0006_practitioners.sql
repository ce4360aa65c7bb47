CREATE TABLE `access_log` (
	`id` text PRIMARY KEY NOT NULL,
	`practitioner_id` text,
	`client_id` text NOT NULL,
	`what` text NOT NULL,
	`session_id` text,
	`at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`practitioner_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`client_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `access_log_client_at_idx` ON `access_log` (`client_id`,`at`);--> statement-breakpoint
CREATE INDEX `access_log_practitioner_idx` ON `access_log` (`practitioner_id`);--> statement-breakpoint
CREATE TABLE `practitioner_invite` (
	`id` text PRIMARY KEY NOT NULL,
	`code_hash` text NOT NULL,
	`practitioner_id` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`used_by` text,
	FOREIGN KEY (`practitioner_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`used_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `practitioner_invite_code_hash_unique` ON `practitioner_invite` (`code_hash`);--> statement-breakpoint
CREATE INDEX `practitioner_invite_practitioner_idx` ON `practitioner_invite` (`practitioner_id`);--> statement-breakpoint
CREATE TABLE `practitioner_link` (
	`id` text PRIMARY KEY NOT NULL,
	`practitioner_id` text NOT NULL,
	`client_id` text NOT NULL,
	`share` text NOT NULL,
	`accepted_at` integer NOT NULL,
	`ended_at` integer,
	`ended_by` text,
	FOREIGN KEY (`practitioner_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `practitioner_link_active_pair_idx` ON `practitioner_link` (`practitioner_id`,`client_id`) WHERE ended_at is null;--> statement-breakpoint
CREATE INDEX `practitioner_link_client_idx` ON `practitioner_link` (`client_id`);--> statement-breakpoint
CREATE TABLE `practitioner_note` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`author_id` text NOT NULL,
	`text` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `practice_session`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `practitioner_note_session_idx` ON `practitioner_note` (`session_id`);--> statement-breakpoint
CREATE INDEX `practitioner_note_author_idx` ON `practitioner_note` (`author_id`);--> statement-breakpoint
CREATE TABLE `prescription` (
	`id` text PRIMARY KEY NOT NULL,
	`link_id` text NOT NULL,
	`protocol` text NOT NULL,
	`times_per_week` integer NOT NULL,
	`minutes_per_session` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`link_id`) REFERENCES `practitioner_link`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prescription_link_id_unique` ON `prescription` (`link_id`);--> statement-breakpoint
ALTER TABLE `practice_session` ADD `hidden` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `practice_session_user_day_cover_idx` ON `practice_session` (`user_id`,`local_date`,`started_at`,`hidden`,`baseline_ln_rmssd`,`practice_minutes`);