ALTER TABLE `cases` ADD `citizen_due_at` integer;--> statement-breakpoint
ALTER TABLE `cases` ADD `info_expired_at` integer;--> statement-breakpoint
ALTER TABLE `cases` ADD `segment_started_at` integer;--> statement-breakpoint
ALTER TABLE `cases` ADD `segment_first_response_days` integer;--> statement-breakpoint
ALTER TABLE `cases` ADD `segment_sla_days` integer;--> statement-breakpoint
ALTER TABLE `cases` ADD `episode_started_at` integer;--> statement-breakpoint
ALTER TABLE `cases` ADD `episode_pauses` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `declined_at` integer;--> statement-breakpoint
ALTER TABLE `cases` ADD `escalation_level` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `cases_kind_status_resolved_idx` ON `cases` (`kind`,`status`,`resolved_at`);--> statement-breakpoint
CREATE INDEX `cases_kind_status_declined_idx` ON `cases` (`kind`,`status`,`declined_at`);--> statement-breakpoint
CREATE INDEX `cases_citizen_due_idx` ON `cases` (`citizen_due_at`);