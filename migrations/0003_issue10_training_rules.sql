CREATE TABLE `training_ledger_days` (
	`ledger_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`day` text NOT NULL,
	`jp` integer NOT NULL,
	PRIMARY KEY(`ledger_id`, `day`),
	FOREIGN KEY (`ledger_id`) REFERENCES `training_ledger`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_ledger_days_staff_day_idx` ON `training_ledger_days` (`staff_id`,`day`);--> statement-breakpoint
DROP INDEX `training_certificates_staff_course_idx`;--> statement-breakpoint
ALTER TABLE `training_certificates` ADD `revoked_by` integer REFERENCES staff(id);--> statement-breakpoint
ALTER TABLE `training_certificates` ADD `round` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `training_certificates_round_idx` ON `training_certificates` (`staff_id`,`course_id`,`round`);--> statement-breakpoint
DROP INDEX `training_enrolments_unique_idx`;--> statement-breakpoint
ALTER TABLE `training_enrolments` ADD `round` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `training_enrolments_round_idx` ON `training_enrolments` (`course_id`,`staff_id`,`round`);--> statement-breakpoint
ALTER TABLE `training_courses` ADD `yearly_refresher` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `training_evidence` ADD `activity_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `training_evidence_same_file_idx` ON `training_evidence` (`staff_id`,`file_sha256`) WHERE "training_evidence"."status" <> 'rejected' AND "training_evidence"."activity_key" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `training_evidence_same_activity_idx` ON `training_evidence` (`staff_id`,`activity_key`) WHERE "training_evidence"."status" <> 'rejected' AND "training_evidence"."activity_key" IS NOT NULL;--> statement-breakpoint
ALTER TABLE `training_ledger` ADD `learned_on` text;--> statement-breakpoint
ALTER TABLE `training_ledger` ADD `jp_requested` integer;--> statement-breakpoint
ALTER TABLE `training_quiz_attempts` ADD `reset_at` integer;--> statement-breakpoint
ALTER TABLE `training_sessions` ADD `cancel_reason` text;--> statement-breakpoint
ALTER TABLE `training_sessions` ADD `updated_at` integer;