-- The training roll-ups (issue 11.7, docs/metrics.md §4): training_jp_years holds each ASN's JP of a
-- year of learning and training_completion_months their course completions (less voids) per month
-- of learning, so /dasbor's training compliance reads one row per ASN instead of the year's ledger.
-- A trigger keeps them exact on every insert into the append-only training_ledger, whoever writes
-- (the app, a seed, a console), so they cannot drift from it. Written by hand: drizzle-kit does not
-- generate triggers. The backfill counts the rows already there.
CREATE TRIGGER `training_rollups_insert` AFTER INSERT ON `training_ledger`
BEGIN
  INSERT INTO `training_jp_years` (`year`, `staff_id`, `jp`)
  SELECT new.`year`, new.`staff_id`, new.`jp` WHERE new.`jp` <> 0
  ON CONFLICT (`staff_id`, `year`) DO UPDATE SET `jp` = `jp` + excluded.`jp`;
  INSERT INTO `training_completion_months` (`month`, `staff_id`, `completed`)
  SELECT substr(new.`learned_on`, 1, 7), new.`staff_id`, CASE new.`verb` WHEN 'completed' THEN 1 ELSE -1 END
  WHERE new.`object_type` = 'course' AND new.`verb` IN ('completed', 'voided') AND new.`course_id` IS NOT NULL AND new.`learned_on` IS NOT NULL
  ON CONFLICT (`staff_id`, `month`) DO UPDATE SET `completed` = `completed` + excluded.`completed`;
END;
--> statement-breakpoint
INSERT INTO `training_jp_years` (`year`, `staff_id`, `jp`)
SELECT `year`, `staff_id`, sum(`jp`) FROM `training_ledger` WHERE `jp` <> 0 GROUP BY `year`, `staff_id`;
--> statement-breakpoint
INSERT INTO `training_completion_months` (`month`, `staff_id`, `completed`)
SELECT substr(`learned_on`, 1, 7), `staff_id`, sum(CASE `verb` WHEN 'completed' THEN 1 ELSE -1 END) FROM `training_ledger`
WHERE `object_type` = 'course' AND `verb` IN ('completed', 'voided') AND `course_id` IS NOT NULL AND `learned_on` IS NOT NULL
GROUP BY substr(`learned_on`, 1, 7), `staff_id`;
