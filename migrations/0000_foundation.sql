CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`scopes` text NOT NULL,
	`expires_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_token_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_staff_idx` ON `api_tokens` (`staff_id`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`event_id` integer,
	`storage_key` text NOT NULL,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by` text NOT NULL,
	`visibility` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `case_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_case_idx` ON `attachments` (`case_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_id` integer,
	`event` text NOT NULL,
	`target` text,
	`ip` text,
	`detail` text,
	FOREIGN KEY (`actor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_event_idx` ON `audit_log` (`event`);--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` text NOT NULL,
	`at` integer NOT NULL,
	`actor_kind` text NOT NULL,
	`actor_id` integer,
	`type` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`visibility` text NOT NULL,
	`message` text,
	`data` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_events_case_idx` ON `case_events` (`case_id`,`at`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`tracking_code` text NOT NULL,
	`access_key_hash` text NOT NULL,
	`kind` text NOT NULL,
	`service_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`status` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`address` text,
	`kelurahan_code` text,
	`latitude` real,
	`longitude` real,
	`incident_date` text,
	`privacy` text DEFAULT 'anonim' NOT NULL,
	`contact_name` text,
	`contact_email` text,
	`contact_phone` text,
	`form_data` text,
	`assignee_id` integer,
	`resolved_by_id` integer,
	`submitted_at` integer NOT NULL,
	`first_response_due_at` integer NOT NULL,
	`first_responded_at` integer,
	`resolution_due_at` integer NOT NULL,
	`resolved_at` integer,
	`closed_at` integer,
	`paused_since` integer,
	`escalated_at` integer,
	`reopen_count` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`idempotency_key` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_tracking_code_unique` ON `cases` (`tracking_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `cases_idempotency_key_unique` ON `cases` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `cases_unit_status_idx` ON `cases` (`unit_id`,`status`);--> statement-breakpoint
CREATE INDEX `cases_submitted_idx` ON `cases` (`submitted_at`);--> statement-breakpoint
CREATE INDEX `cases_assignee_idx` ON `cases` (`assignee_id`);--> statement-breakpoint
CREATE TABLE `holidays` (
	`date` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`scope` text NOT NULL,
	`request_hash` text NOT NULL,
	`response_status` integer NOT NULL,
	`response_body` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `kelurahan` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kecamatan_unit_id` integer NOT NULL,
	FOREIGN KEY (`kecamatan_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `login_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`first_failure_at` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`kind` text NOT NULL,
	`case_id` text,
	`created_at` integer NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE INDEX `outbox_unsent_idx` ON `outbox` (`sent_at`);--> statement-breakpoint
CREATE TABLE `ratings` (
	`case_id` text PRIMARY KEY NOT NULL,
	`unit_id` integer NOT NULL,
	`officer_id` integer,
	`service_id` integer NOT NULL,
	`u1` integer NOT NULL,
	`u2` integer NOT NULL,
	`u3` integer NOT NULL,
	`u4` integer NOT NULL,
	`u5` integer NOT NULL,
	`u6` integer NOT NULL,
	`u7` integer NOT NULL,
	`u8` integer NOT NULL,
	`u9` integer NOT NULL,
	`comment` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`officer_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ratings_unit_idx` ON `ratings` (`unit_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `response_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`name_id` text NOT NULL,
	`name_en` text NOT NULL,
	`description_id` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	`unit_id` integer NOT NULL,
	`sla_days` integer DEFAULT 5 NOT NULL,
	`first_response_days` integer DEFAULT 1 NOT NULL,
	`fee` integer DEFAULT 0 NOT NULL,
	`legal_basis` text,
	`validity_months` integer,
	`requirements` text DEFAULT '[]' NOT NULL,
	`form_fields` text DEFAULT '[]' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_code_unique` ON `services` (`code`);--> statement-breakpoint
CREATE INDEX `services_kind_idx` ON `services` (`kind`,`active`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`staff_id` integer NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`user_agent` text,
	`ip` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_staff_idx` ON `sessions` (`staff_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`nip` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`unit_id` integer NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`password_hash` text,
	`password_params` text,
	`must_change_password` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_nip_unique` ON `staff` (`nip`);--> statement-breakpoint
CREATE UNIQUE INDEX `staff_email_unique` ON `staff` (`email`);--> statement-breakpoint
CREATE INDEX `staff_unit_idx` ON `staff` (`unit_id`);--> statement-breakpoint
CREATE TABLE `staff_roles` (
	`staff_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`staff_id`, `role`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`name_en` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` integer,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_code_unique` ON `units` (`code`);--> statement-breakpoint
CREATE TABLE `training_assessment_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`competency` text NOT NULL,
	`statement` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `training_assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_assessment_items_idx` ON `training_assessment_items` (`assessment_id`,`position`);--> statement-breakpoint
CREATE TABLE `training_assessment_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`answers` text NOT NULL,
	`submitted_at` integer NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `training_assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_assessment_responses_unique_idx` ON `training_assessment_responses` (`assessment_id`,`staff_id`);--> statement-breakpoint
CREATE INDEX `training_assessment_responses_unit_idx` ON `training_assessment_responses` (`assessment_id`,`unit_id`);--> statement-breakpoint
CREATE TABLE `training_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`published` integer DEFAULT false NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_assessments_year_unique` ON `training_assessments` (`year`);--> statement-breakpoint
CREATE TABLE `training_certificates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`staff_id` integer NOT NULL,
	`course_id` integer NOT NULL,
	`holder_name` text NOT NULL,
	`holder_nip` text NOT NULL,
	`course_code` text NOT NULL,
	`course_title_id` text NOT NULL,
	`course_title_en` text NOT NULL,
	`jp` integer NOT NULL,
	`issued_at` integer NOT NULL,
	`revoked_at` integer,
	`revoked_reason` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_certificates_number_unique` ON `training_certificates` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `training_certificates_staff_course_idx` ON `training_certificates` (`staff_id`,`course_id`);--> statement-breakpoint
CREATE TABLE `training_courses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`title_id` text NOT NULL,
	`title_en` text NOT NULL,
	`description_id` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	`competencies` text DEFAULT '[]' NOT NULL,
	`jp` integer NOT NULL,
	`mode` text NOT NULL,
	`audience_roles` text DEFAULT '[]' NOT NULL,
	`audience_units` text DEFAULT '[]' NOT NULL,
	`prerequisites` text DEFAULT '[]' NOT NULL,
	`published` integer DEFAULT false NOT NULL,
	`quiz_question_count` integer DEFAULT 5 NOT NULL,
	`quiz_pass_percent` integer DEFAULT 70 NOT NULL,
	`quiz_max_attempts` integer DEFAULT 3 NOT NULL,
	`quiz_time_limit_minutes` integer DEFAULT 20 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_courses_code_unique` ON `training_courses` (`code`);--> statement-breakpoint
CREATE TABLE `training_enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`enrolled_at` integer NOT NULL,
	`completed_at` integer,
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_enrolments_unique_idx` ON `training_enrolments` (`course_id`,`staff_id`);--> statement-breakpoint
CREATE INDEX `training_enrolments_staff_idx` ON `training_enrolments` (`staff_id`);--> statement-breakpoint
CREATE TABLE `training_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`provider` text DEFAULT '' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`jp` integer NOT NULL,
	`file_key` text NOT NULL,
	`file_name` text NOT NULL,
	`file_type` text NOT NULL,
	`file_size` integer NOT NULL,
	`file_sha256` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`submitted_at` integer NOT NULL,
	`decided_by` integer,
	`decided_at` integer,
	`decision_reason` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_evidence_staff_idx` ON `training_evidence` (`staff_id`);--> statement-breakpoint
CREATE INDEX `training_evidence_unit_status_idx` ON `training_evidence` (`unit_id`,`status`);--> statement-breakpoint
CREATE TABLE `training_ledger` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`statement_id` text NOT NULL,
	`staff_id` integer NOT NULL,
	`actor_nip` text NOT NULL,
	`actor_name` text NOT NULL,
	`verb` text NOT NULL,
	`object_type` text NOT NULL,
	`object_id` text NOT NULL,
	`object_name` text NOT NULL,
	`course_id` integer,
	`result` text,
	`jp` integer DEFAULT 0 NOT NULL,
	`at` integer NOT NULL,
	`year` integer NOT NULL,
	`certificate_id` integer,
	`credit_key` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`certificate_id`) REFERENCES `training_certificates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_ledger_statement_id_unique` ON `training_ledger` (`statement_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `training_ledger_credit_key_unique` ON `training_ledger` (`credit_key`);--> statement-breakpoint
CREATE INDEX `training_ledger_staff_year_idx` ON `training_ledger` (`staff_id`,`year`);--> statement-breakpoint
CREATE INDEX `training_ledger_course_idx` ON `training_ledger` (`course_id`);--> statement-breakpoint
CREATE TABLE `training_lesson_progress` (
	`staff_id` integer NOT NULL,
	`lesson_id` integer NOT NULL,
	`course_id` integer NOT NULL,
	`done_at` integer NOT NULL,
	PRIMARY KEY(`staff_id`, `lesson_id`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lesson_id`) REFERENCES `training_lessons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_progress_course_idx` ON `training_lesson_progress` (`staff_id`,`course_id`);--> statement-breakpoint
CREATE TABLE `training_lessons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course_id` integer NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`image_url` text,
	`image_alt` text,
	`video_url` text,
	`material_url` text,
	`material_label` text,
	`minutes` integer DEFAULT 10 NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_lessons_course_pos_idx` ON `training_lessons` (`course_id`,`position`);--> statement-breakpoint
CREATE TABLE `training_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course_id` integer NOT NULL,
	`kind` text NOT NULL,
	`prompt` text NOT NULL,
	`options` text NOT NULL,
	`correct_key` text NOT NULL,
	`explanation` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_questions_course_idx` ON `training_questions` (`course_id`);--> statement-breakpoint
CREATE TABLE `training_quiz_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`course_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`questions` text NOT NULL,
	`pass_percent` integer NOT NULL,
	`started_at` integer NOT NULL,
	`deadline_at` integer NOT NULL,
	`submitted_at` integer,
	`answers` text,
	`score_percent` integer,
	`passed` integer,
	`outcome` text,
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_attempts_staff_course_idx` ON `training_quiz_attempts` (`staff_id`,`course_id`);--> statement-breakpoint
CREATE TABLE `training_session_registrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`status` text NOT NULL,
	`registered_at` integer NOT NULL,
	`attended_at` integer,
	`attendance_by` integer,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attendance_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_session_reg_unique_idx` ON `training_session_registrations` (`session_id`,`staff_id`);--> statement-breakpoint
CREATE INDEX `training_session_reg_status_idx` ON `training_session_registrations` (`session_id`,`status`,`registered_at`);--> statement-breakpoint
CREATE TABLE `training_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course_id` integer NOT NULL,
	`title` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`place` text NOT NULL,
	`capacity` integer NOT NULL,
	`jp` integer NOT NULL,
	`facilitator_id` integer,
	`cancelled_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facilitator_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_sessions_course_idx` ON `training_sessions` (`course_id`,`starts_at`);