CREATE TABLE `practice_plan` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`weekdays` text NOT NULL,
	`time_of_day` text NOT NULL,
	`duration_min` integer NOT NULL,
	`locale` text NOT NULL,
	`feed_token_hash` text,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `practice_plan_user_id_unique` ON `practice_plan` (`user_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `practice_plan_feed_token_hash_unique` ON `practice_plan` (`feed_token_hash`);