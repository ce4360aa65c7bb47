CREATE TABLE `session_beats` (
	`session_id` text PRIMARY KEY NOT NULL,
	`beats` blob NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `practice_session`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `session_beats` (`session_id`, `beats`) SELECT `id`, `beats` FROM `practice_session`;--> statement-breakpoint
ALTER TABLE `practice_session` DROP COLUMN `beats`;