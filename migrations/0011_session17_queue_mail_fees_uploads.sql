CREATE TABLE `case_counts` (
	`unit_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `service_id`, `kind`, `status`)
);
--> statement-breakpoint
CREATE TABLE `metric_places` (
	`month` text NOT NULL,
	`kind` text NOT NULL,
	`kelurahan_code` text NOT NULL,
	`submitted` integer NOT NULL,
	PRIMARY KEY(`month`, `kind`, `kelurahan_code`)
);
--> statement-breakpoint
CREATE TABLE `pending_uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`field` text,
	`storage_key` text NOT NULL,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `pending_uploads_token_idx` ON `pending_uploads` (`token_hash`);--> statement-breakpoint
CREATE INDEX `pending_uploads_expires_idx` ON `pending_uploads` (`expires_at`);--> statement-breakpoint
DROP INDEX `cases_unit_status_idx`;--> statement-breakpoint
DROP INDEX `cases_assignee_idx`;--> statement-breakpoint
ALTER TABLE `cases` ADD `language` text DEFAULT 'id' NOT NULL;--> statement-breakpoint
CREATE INDEX `cases_status_due_idx` ON `cases` (`status`,(CASE WHEN "first_responded_at" IS NULL THEN "first_response_due_at" ELSE "resolution_due_at" END),`submitted_at`,`id`,`kind`,`paused_since`,`first_responded_at`,`first_response_due_at`,`resolution_due_at`);--> statement-breakpoint
CREATE INDEX `cases_unit_due_idx` ON `cases` (`unit_id`,(CASE WHEN "first_responded_at" IS NULL THEN "first_response_due_at" ELSE "resolution_due_at" END),`submitted_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_due_idx` ON `cases` ((CASE WHEN "first_responded_at" IS NULL THEN "first_response_due_at" ELSE "resolution_due_at" END),`submitted_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_kelurahan_idx` ON `cases` (`kelurahan_code`,`status`,`kind`,`unit_id`);--> statement-breakpoint
CREATE INDEX `cases_unit_status_idx` ON `cases` (`unit_id`,`status`,(CASE WHEN "first_responded_at" IS NULL THEN "first_response_due_at" ELSE "resolution_due_at" END),`submitted_at`,`id`,`kind`,`paused_since`,`first_responded_at`,`first_response_due_at`,`resolution_due_at`);--> statement-breakpoint
CREATE INDEX `cases_assignee_idx` ON `cases` (`assignee_id`,`status`,`kind`,`unit_id`);--> statement-breakpoint
ALTER TABLE `metric_months` ADD `submitted_confidential` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `metric_months` ADD `ratings_confidential` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `next_attempt_at` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `queued_at` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `last_error` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `dead_at` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `channel` text;--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `outbox` (`sent_at`,`dead_at`,`next_attempt_at`);--> statement-breakpoint
ALTER TABLE `services` ADD `fee_kind` text DEFAULT 'fixed' NOT NULL;--> statement-breakpoint
ALTER TABLE `services` ADD `fee_basis` text;--> statement-breakpoint
ALTER TABLE `services` ADD `fee_other_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `services` ADD `fee_other_en` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_id`,`at`);--> statement-breakpoint
CREATE INDEX `case_segments_unit_open_fr_idx` ON `case_segments` (`unit_id`,`end_at`,`fr_outcome`,`paused_now`,`first_response_due_at`);--> statement-breakpoint
CREATE INDEX `case_segments_unit_open_res_idx` ON `case_segments` (`unit_id`,`end_at`,`res_outcome`,`paused_now`,`resolution_due_at`);--> statement-breakpoint
CREATE INDEX `case_segments_assignee_open_fr_idx` ON `case_segments` (`assignee_id`,`end_at`,`fr_outcome`,`paused_now`,`first_response_due_at`);--> statement-breakpoint
CREATE INDEX `case_segments_assignee_open_res_idx` ON `case_segments` (`assignee_id`,`end_at`,`res_outcome`,`paused_now`,`resolution_due_at`);