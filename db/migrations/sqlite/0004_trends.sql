ALTER TABLE `user` ADD `time_zone` text;--> statement-breakpoint
ALTER TABLE `user` ADD `daily_goal_minutes` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `practice_session` ADD `kind` text DEFAULT 'breathing' NOT NULL;--> statement-breakpoint
ALTER TABLE `practice_session` ADD `posture` text;--> statement-breakpoint
-- SQLite cannot add a NOT NULL column without a default to a table with rows: the placeholder default is
-- overwritten for every existing row below, and every insert names local_date.
ALTER TABLE `practice_session` ADD `local_date` text DEFAULT '1970-01-01' NOT NULL;--> statement-breakpoint
ALTER TABLE `practice_session` ADD `utc_offset_min` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `practice_session` ADD `tags` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `practice_session` ADD `note` text;--> statement-breakpoint
ALTER TABLE `practice_session` ADD `baseline_ln_rmssd` real;--> statement-breakpoint
ALTER TABLE `practice_session` ADD `practice_minutes` real DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `practice_session_user_local_date_idx` ON `practice_session` (`user_id`,`local_date`);;--> statement-breakpoint
-- Existing sessions: their day in UTC (no zone was known when they were stored), the ln of a baseline the
-- engine did not flag, and the breathing phase's minutes without the pauses in it — as derive-columns.ts does.
UPDATE `practice_session` SET
  `local_date` = strftime('%Y-%m-%d', `started_at` / 1000, 'unixepoch'),
  `utc_offset_min` = 0,
  `baseline_ln_rmssd` = CASE
    WHEN `baseline_rmssd_ms` > 0 AND `quality_reasons` NOT LIKE '%"baseline-flagged"%' AND `quality_reasons` NOT LIKE '%"missing-baseline"%'
    THEN ln(`baseline_rmssd_ms`) END,
  `practice_minutes` = coalesce((
    SELECT sum(
      (json_extract(ph.value, '$.endMs') - json_extract(ph.value, '$.startMs'))
      - coalesce((SELECT sum(max(0, min(json_extract(pa.value, '$.endMs'), json_extract(ph.value, '$.endMs')) - max(json_extract(pa.value, '$.startMs'), json_extract(ph.value, '$.startMs'))))
                  FROM json_each(`practice_session`.`pauses`) pa), 0)
    ) / 60000.0
    FROM json_each(`practice_session`.`phases`) ph WHERE json_extract(ph.value, '$.phase') = 'breathing'
  ), 0);