CREATE TABLE `permit_applications` (
	`case_id` text PRIMARY KEY NOT NULL,
	`form` text NOT NULL,
	`requirements` text NOT NULL,
	`stage_plan` text NOT NULL,
	`fee` integer DEFAULT 0 NOT NULL,
	`type_code` text NOT NULL,
	`validity_months` integer,
	`revision_items` text DEFAULT '[]' NOT NULL,
	`revision_round` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `permit_counters` (
	`type_code` text NOT NULL,
	`year` integer NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`type_code`, `year`)
);
--> statement-breakpoint
CREATE TABLE `permit_draft_files` (
	`id` text PRIMARY KEY NOT NULL,
	`draft_id` text NOT NULL,
	`field` text NOT NULL,
	`storage_key` text NOT NULL,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`draft_id`) REFERENCES `permit_drafts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `permit_draft_files_draft_idx` ON `permit_draft_files` (`draft_id`);--> statement-breakpoint
CREATE TABLE `permit_drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`service_id` integer NOT NULL,
	`access_key_hash` text NOT NULL,
	`content` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`submitted_case_id` text,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `permit_drafts_submitted_case_id_unique` ON `permit_drafts` (`submitted_case_id`);--> statement-breakpoint
CREATE INDEX `permit_drafts_expires_idx` ON `permit_drafts` (`expires_at`);--> statement-breakpoint
CREATE TABLE `permits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` text NOT NULL,
	`number` text NOT NULL,
	`type_code` text NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`holder_name` text NOT NULL,
	`issued_at` integer NOT NULL,
	`issued_by_id` integer NOT NULL,
	`valid_from` text NOT NULL,
	`valid_until` text,
	`revoked_at` integer,
	`revoked_by_id` integer,
	`revoke_reason` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `permits_case_id_unique` ON `permits` (`case_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `permits_number_unique` ON `permits` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `permits_type_year_seq_unique` ON `permits` (`type_code`,`year`,`seq`);--> statement-breakpoint
ALTER TABLE `attachments` ADD `form_field` text;--> statement-breakpoint
ALTER TABLE `services` ADD `stage_plan` text;