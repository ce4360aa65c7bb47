ALTER TABLE `user` ADD `resonance_rate_bpm` real;--> statement-breakpoint
ALTER TABLE `practice_session` ADD `resonance` text;