CREATE TABLE `metric_places` (
	`month` text NOT NULL,
	`kind` text NOT NULL,
	`kelurahan_code` text NOT NULL,
	`submitted` integer NOT NULL,
	PRIMARY KEY(`month`, `kind`, `kelurahan_code`)
);
--> statement-breakpoint
ALTER TABLE `metric_months` ADD `submitted_confidential` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `metric_months` ADD `ratings_confidential` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `case_segments_unit_open_fr_idx` ON `case_segments` (`unit_id`,`end_at`,`fr_outcome`,`paused_now`,`first_response_due_at`);--> statement-breakpoint
CREATE INDEX `case_segments_unit_open_res_idx` ON `case_segments` (`unit_id`,`end_at`,`res_outcome`,`paused_now`,`resolution_due_at`);--> statement-breakpoint
CREATE INDEX `case_segments_assignee_open_fr_idx` ON `case_segments` (`assignee_id`,`end_at`,`fr_outcome`,`paused_now`,`first_response_due_at`);--> statement-breakpoint
CREATE INDEX `case_segments_assignee_open_res_idx` ON `case_segments` (`assignee_id`,`end_at`,`res_outcome`,`paused_now`,`resolution_due_at`);