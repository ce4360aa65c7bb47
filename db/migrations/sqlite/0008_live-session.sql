CREATE TABLE `live_session` (
	`user_id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`phase` text,
	`paused` integer DEFAULT false NOT NULL,
	`rhythm` text NOT NULL,
	`beats` text NOT NULL,
	`started_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`ended_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `live_session_updated_idx` ON `live_session` (`updated_at`);