CREATE TABLE `metric_hist` (
	`scope` text NOT NULL,
	`scope_id` integer NOT NULL,
	`measure` text NOT NULL,
	`month` text NOT NULL,
	`kind` text NOT NULL,
	`minutes` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`scope`, `scope_id`, `month`, `kind`, `measure`, `minutes`)
);
--> statement-breakpoint
CREATE INDEX `metric_hist_month_idx` ON `metric_hist` (`scope`,`month`);--> statement-breakpoint
CREATE TABLE `metric_months` (
	`scope` text NOT NULL,
	`scope_id` integer NOT NULL,
	`month` text NOT NULL,
	`kind` text NOT NULL,
	`submitted` integer DEFAULT 0 NOT NULL,
	`handled` integer DEFAULT 0 NOT NULL,
	`resolutions` integer DEFAULT 0 NOT NULL,
	`declined` integer DEFAULT 0 NOT NULL,
	`withdrawn` integer DEFAULT 0 NOT NULL,
	`closed_unanswered` integer DEFAULT 0 NOT NULL,
	`reopens` integer DEFAULT 0 NOT NULL,
	`fr_met` integer DEFAULT 0 NOT NULL,
	`fr_breached` integer DEFAULT 0 NOT NULL,
	`res_met` integer DEFAULT 0 NOT NULL,
	`res_breached` integer DEFAULT 0 NOT NULL,
	`overdue_in` integer DEFAULT 0 NOT NULL,
	`overdue_out` integer DEFAULT 0 NOT NULL,
	`ratings` integer DEFAULT 0 NOT NULL,
	`u1` integer DEFAULT 0 NOT NULL,
	`u2` integer DEFAULT 0 NOT NULL,
	`u3` integer DEFAULT 0 NOT NULL,
	`u4` integer DEFAULT 0 NOT NULL,
	`u5` integer DEFAULT 0 NOT NULL,
	`u6` integer DEFAULT 0 NOT NULL,
	`u7` integer DEFAULT 0 NOT NULL,
	`u8` integer DEFAULT 0 NOT NULL,
	`u9` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scope`, `scope_id`, `month`, `kind`)
);
--> statement-breakpoint
CREATE INDEX `metric_months_month_idx` ON `metric_months` (`scope`,`month`);--> statement-breakpoint
ALTER TABLE `case_segments` ADD `fr_outcome_by` integer;--> statement-breakpoint
ALTER TABLE `case_segments` ADD `res_outcome_by` integer;--> statement-breakpoint
ALTER TABLE `case_segments` ADD `rated_at` integer;--> statement-breakpoint
ALTER TABLE `case_segments` ADD `write_id` text;--> statement-breakpoint
CREATE INDEX `case_segments_outcome_by_idx` ON `case_segments` (`outcome_by`,`outcome_at`);--> statement-breakpoint
CREATE INDEX `case_segments_res_by_idx` ON `case_segments` (`res_outcome_by`,`res_outcome`,`res_outcome_at`);--> statement-breakpoint
CREATE INDEX `ratings_officer_idx` ON `ratings` (`officer_id`,`created_at`);