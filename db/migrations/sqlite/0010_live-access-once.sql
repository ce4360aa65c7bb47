-- Two polls at one instant could each log the same live session: keep the earliest entry of each.
DELETE FROM `access_log` WHERE `what` = 'live' AND `practitioner_id` IS NOT NULL AND EXISTS (
  SELECT 1 FROM `access_log` AS `earlier`
  WHERE `earlier`.`what` = 'live' AND `earlier`.`practitioner_id` = `access_log`.`practitioner_id` AND `earlier`.`client_id` = `access_log`.`client_id` AND `earlier`.`session_id` = `access_log`.`session_id`
    AND (`earlier`.`at` < `access_log`.`at` OR (`earlier`.`at` = `access_log`.`at` AND `earlier`.`id` < `access_log`.`id`))
);--> statement-breakpoint
CREATE UNIQUE INDEX `access_log_live_once_idx` ON `access_log` (`practitioner_id`,`client_id`,`session_id`) WHERE what = 'live';
