CREATE TABLE `case_counts` (
	`unit_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `service_id`, `kind`, `status`)
);
--> statement-breakpoint
DROP INDEX `cases_unit_status_idx`;--> statement-breakpoint
DROP INDEX `cases_assignee_idx`;--> statement-breakpoint
CREATE INDEX `cases_status_due_idx` ON `cases` (`status`,(CASE WHEN "first_responded_at" IS NULL THEN "first_response_due_at" ELSE "resolution_due_at" END),`submitted_at`,`id`,`kind`,`paused_since`,`first_responded_at`,`first_response_due_at`,`resolution_due_at`);--> statement-breakpoint
CREATE INDEX `cases_unit_due_idx` ON `cases` (`unit_id`,(CASE WHEN "first_responded_at" IS NULL THEN "first_response_due_at" ELSE "resolution_due_at" END),`submitted_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_due_idx` ON `cases` ((CASE WHEN "first_responded_at" IS NULL THEN "first_response_due_at" ELSE "resolution_due_at" END),`submitted_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_kelurahan_idx` ON `cases` (`kelurahan_code`,`status`,`kind`,`unit_id`);--> statement-breakpoint
CREATE INDEX `cases_unit_status_idx` ON `cases` (`unit_id`,`status`,(CASE WHEN "first_responded_at" IS NULL THEN "first_response_due_at" ELSE "resolution_due_at" END),`submitted_at`,`id`,`kind`,`paused_since`,`first_responded_at`,`first_response_due_at`,`resolution_due_at`);--> statement-breakpoint
CREATE INDEX `cases_assignee_idx` ON `cases` (`assignee_id`,`status`,`kind`,`unit_id`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_id`,`at`);