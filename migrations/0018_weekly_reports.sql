CREATE TABLE `weekly_reports` (
	`week` text PRIMARY KEY NOT NULL,
	`basis` text NOT NULL,
	`counts` text NOT NULL,
	`built_at` integer NOT NULL
);
--> statement-breakpoint
-- A holiday edit may move deadlines (the due-recompute job): the kept weekly counts are counted again.
CREATE TRIGGER `weekly_reports_holiday_insert` AFTER INSERT ON `holidays` BEGIN DELETE FROM `weekly_reports`; END;
--> statement-breakpoint
CREATE TRIGGER `weekly_reports_holiday_update` AFTER UPDATE ON `holidays` BEGIN DELETE FROM `weekly_reports`; END;
--> statement-breakpoint
CREATE TRIGGER `weekly_reports_holiday_delete` AFTER DELETE ON `holidays` BEGIN DELETE FROM `weekly_reports`; END;
