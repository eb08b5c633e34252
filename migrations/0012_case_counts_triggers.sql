-- The staff queue's counts per status (issue 14.2): case_counts holds, per unit, service, kind and
-- status, how many cases there are, so the queue reads a few counter rows instead of counting a
-- unit's whole history on every page. Triggers keep it exact on every insert, delete and change
-- of unit, service, kind or status, whoever writes (the app, a job, a seed, a console), so it
-- cannot drift from the cases. Written by hand: drizzle-kit does not generate triggers. The
-- backfill counts the cases already there.
CREATE TRIGGER `case_counts_insert` AFTER INSERT ON `cases`
BEGIN
  INSERT INTO `case_counts` (`unit_id`, `service_id`, `kind`, `status`, `n`)
  VALUES (new.`unit_id`, new.`service_id`, new.`kind`, new.`status`, 1)
  ON CONFLICT (`unit_id`, `service_id`, `kind`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_counts_delete` AFTER DELETE ON `cases`
BEGIN
  UPDATE `case_counts` SET `n` = `n` - 1
  WHERE `unit_id` = old.`unit_id` AND `service_id` = old.`service_id` AND `kind` = old.`kind` AND `status` = old.`status`;
END;
--> statement-breakpoint
CREATE TRIGGER `case_counts_update` AFTER UPDATE OF `unit_id`, `service_id`, `kind`, `status` ON `cases`
WHEN old.`unit_id` IS NOT new.`unit_id` OR old.`service_id` IS NOT new.`service_id` OR old.`kind` IS NOT new.`kind` OR old.`status` IS NOT new.`status`
BEGIN
  UPDATE `case_counts` SET `n` = `n` - 1
  WHERE `unit_id` = old.`unit_id` AND `service_id` = old.`service_id` AND `kind` = old.`kind` AND `status` = old.`status`;
  INSERT INTO `case_counts` (`unit_id`, `service_id`, `kind`, `status`, `n`)
  VALUES (new.`unit_id`, new.`service_id`, new.`kind`, new.`status`, 1)
  ON CONFLICT (`unit_id`, `service_id`, `kind`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
INSERT INTO `case_counts` (`unit_id`, `service_id`, `kind`, `status`, `n`)
SELECT `unit_id`, `service_id`, `kind`, `status`, count(*) FROM `cases` WHERE true GROUP BY `unit_id`, `service_id`, `kind`, `status`;
