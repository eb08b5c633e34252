CREATE TABLE `case_segments` (
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`episode` integer NOT NULL,
	`seq` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`kelurahan_code` text,
	`privacy` text NOT NULL,
	`start_at` integer NOT NULL,
	`end_at` integer,
	`ended_by` text,
	`submitted` integer NOT NULL,
	`first_response_due_at` integer NOT NULL,
	`resolution_due_at` integer NOT NULL,
	`first_response_at` integer,
	`first_response_by` integer,
	`first_response_ms` integer,
	`fr_outcome` text,
	`fr_outcome_at` integer,
	`res_outcome` text,
	`res_outcome_at` integer,
	`outcome` text,
	`outcome_at` integer,
	`outcome_by` integer,
	`outcome_sla` integer,
	`resolution_ms` integer,
	`paused_ms` integer,
	`held_ms` integer,
	`assignee_id` integer,
	`reopened_at` integer,
	`paused_now` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`case_id`, `seq`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_segments_submitted_idx` ON `case_segments` (`submitted`,`start_at`);--> statement-breakpoint
CREATE INDEX `case_segments_fr_outcome_idx` ON `case_segments` (`fr_outcome`,`fr_outcome_at`);--> statement-breakpoint
CREATE INDEX `case_segments_res_outcome_idx` ON `case_segments` (`res_outcome`,`res_outcome_at`);--> statement-breakpoint
CREATE INDEX `case_segments_open_fr_idx` ON `case_segments` (`end_at`,`fr_outcome`,`paused_now`,`first_response_due_at`);--> statement-breakpoint
CREATE INDEX `case_segments_open_res_idx` ON `case_segments` (`end_at`,`res_outcome`,`paused_now`,`resolution_due_at`);--> statement-breakpoint
CREATE INDEX `case_segments_first_response_idx` ON `case_segments` (`first_response_at`);--> statement-breakpoint
CREATE INDEX `case_segments_outcome_idx` ON `case_segments` (`outcome_at`);--> statement-breakpoint
CREATE TABLE `case_segments_pending` (
	`case_id` text PRIMARY KEY NOT NULL,
	`since` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ratings_created_idx` ON `ratings` (`created_at`);