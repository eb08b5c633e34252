CREATE TABLE `training_unit_completions` (
	`month` text NOT NULL,
	`unit_id` integer NOT NULL,
	`completed` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`month`, `unit_id`)
);
--> statement-breakpoint
CREATE TABLE `training_unit_jp` (
	`year` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`jp` integer NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`year`, `unit_id`, `jp`)
);
--> statement-breakpoint
-- Training compliance per unit (issue 11.7, docs/metrics.md §4): training_unit_jp counts a unit's
-- active ASN by their JP of a year, training_unit_completions adds up their course completions per
-- month, both kept by triggers on the per-person roll-ups (themselves kept by a trigger on the
-- append-only ledger) and on staff (a transfer moves a person's rows, a deactivation removes them,
-- a reactivation adds them back). Written by hand: drizzle-kit does not generate triggers.
CREATE TRIGGER `training_unit_jp_insert` AFTER INSERT ON `training_jp_years`
BEGIN
  INSERT INTO `training_unit_jp` (`year`, `unit_id`, `jp`, `n`)
  SELECT new.`year`, s.`unit_id`, new.`jp`, 1 FROM `staff` s WHERE s.`id` = new.`staff_id` AND s.`active` = 1
  ON CONFLICT (`year`, `unit_id`, `jp`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `training_unit_jp_update` AFTER UPDATE ON `training_jp_years`
BEGIN
  UPDATE `training_unit_jp` SET `n` = `n` - 1
  WHERE `year` = old.`year` AND `jp` = old.`jp` AND `unit_id` = (SELECT s.`unit_id` FROM `staff` s WHERE s.`id` = old.`staff_id` AND s.`active` = 1);
  INSERT INTO `training_unit_jp` (`year`, `unit_id`, `jp`, `n`)
  SELECT new.`year`, s.`unit_id`, new.`jp`, 1 FROM `staff` s WHERE s.`id` = new.`staff_id` AND s.`active` = 1
  ON CONFLICT (`year`, `unit_id`, `jp`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `training_unit_jp_delete` AFTER DELETE ON `training_jp_years`
BEGIN
  UPDATE `training_unit_jp` SET `n` = `n` - 1
  WHERE `year` = old.`year` AND `jp` = old.`jp` AND `unit_id` = (SELECT s.`unit_id` FROM `staff` s WHERE s.`id` = old.`staff_id` AND s.`active` = 1);
END;
--> statement-breakpoint
CREATE TRIGGER `training_unit_completions_insert` AFTER INSERT ON `training_completion_months`
BEGIN
  INSERT INTO `training_unit_completions` (`month`, `unit_id`, `completed`)
  SELECT new.`month`, s.`unit_id`, new.`completed` FROM `staff` s WHERE s.`id` = new.`staff_id` AND s.`active` = 1
  ON CONFLICT (`month`, `unit_id`) DO UPDATE SET `completed` = `completed` + excluded.`completed`;
END;
--> statement-breakpoint
CREATE TRIGGER `training_unit_completions_update` AFTER UPDATE ON `training_completion_months`
BEGIN
  UPDATE `training_unit_completions` SET `completed` = `completed` - old.`completed`
  WHERE `month` = old.`month` AND `unit_id` = (SELECT s.`unit_id` FROM `staff` s WHERE s.`id` = old.`staff_id` AND s.`active` = 1);
  INSERT INTO `training_unit_completions` (`month`, `unit_id`, `completed`)
  SELECT new.`month`, s.`unit_id`, new.`completed` FROM `staff` s WHERE s.`id` = new.`staff_id` AND s.`active` = 1
  ON CONFLICT (`month`, `unit_id`) DO UPDATE SET `completed` = `completed` + excluded.`completed`;
END;
--> statement-breakpoint
CREATE TRIGGER `training_unit_completions_delete` AFTER DELETE ON `training_completion_months`
BEGIN
  UPDATE `training_unit_completions` SET `completed` = `completed` - old.`completed`
  WHERE `month` = old.`month` AND `unit_id` = (SELECT s.`unit_id` FROM `staff` s WHERE s.`id` = old.`staff_id` AND s.`active` = 1);
END;
--> statement-breakpoint
CREATE TRIGGER `training_unit_staff_change` AFTER UPDATE OF `unit_id`, `active` ON `staff`
WHEN old.`unit_id` IS NOT new.`unit_id` OR old.`active` IS NOT new.`active`
BEGIN
  UPDATE `training_unit_jp` SET `n` = `n` - 1
  WHERE old.`active` = 1 AND `unit_id` = old.`unit_id` AND (`year`, `jp`) IN (SELECT `year`, `jp` FROM `training_jp_years` WHERE `staff_id` = old.`id`);
  INSERT INTO `training_unit_jp` (`year`, `unit_id`, `jp`, `n`)
  SELECT `year`, new.`unit_id`, `jp`, 1 FROM `training_jp_years` WHERE `staff_id` = new.`id` AND new.`active` = 1
  ON CONFLICT (`year`, `unit_id`, `jp`) DO UPDATE SET `n` = `n` + 1;
  UPDATE `training_unit_completions`
  SET `completed` = `completed` - (SELECT m.`completed` FROM `training_completion_months` m WHERE m.`staff_id` = old.`id` AND m.`month` = `training_unit_completions`.`month`)
  WHERE old.`active` = 1 AND `unit_id` = old.`unit_id` AND `month` IN (SELECT `month` FROM `training_completion_months` WHERE `staff_id` = old.`id`);
  INSERT INTO `training_unit_completions` (`month`, `unit_id`, `completed`)
  SELECT `month`, new.`unit_id`, `completed` FROM `training_completion_months` WHERE `staff_id` = new.`id` AND new.`active` = 1
  ON CONFLICT (`month`, `unit_id`) DO UPDATE SET `completed` = `completed` + excluded.`completed`;
END;
--> statement-breakpoint
CREATE TRIGGER `training_unit_staff_delete` AFTER DELETE ON `staff` WHEN old.`active` = 1
BEGIN
  UPDATE `training_unit_jp` SET `n` = `n` - 1
  WHERE `unit_id` = old.`unit_id` AND (`year`, `jp`) IN (SELECT `year`, `jp` FROM `training_jp_years` WHERE `staff_id` = old.`id`);
  UPDATE `training_unit_completions`
  SET `completed` = `completed` - (SELECT m.`completed` FROM `training_completion_months` m WHERE m.`staff_id` = old.`id` AND m.`month` = `training_unit_completions`.`month`)
  WHERE `unit_id` = old.`unit_id` AND `month` IN (SELECT `month` FROM `training_completion_months` WHERE `staff_id` = old.`id`);
END;
--> statement-breakpoint
INSERT INTO `training_unit_jp` (`year`, `unit_id`, `jp`, `n`)
SELECT j.`year`, s.`unit_id`, j.`jp`, count(*) FROM `training_jp_years` j JOIN `staff` s ON s.`id` = j.`staff_id` WHERE s.`active` = 1 GROUP BY j.`year`, s.`unit_id`, j.`jp`;
--> statement-breakpoint
INSERT INTO `training_unit_completions` (`month`, `unit_id`, `completed`)
SELECT m.`month`, s.`unit_id`, sum(m.`completed`) FROM `training_completion_months` m JOIN `staff` s ON s.`id` = m.`staff_id` WHERE s.`active` = 1 GROUP BY m.`month`, s.`unit_id`;
