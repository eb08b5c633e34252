DROP INDEX `case_segments_first_response_idx`;--> statement-breakpoint
DROP INDEX `case_segments_fr_outcome_idx`;--> statement-breakpoint
DROP INDEX `case_segments_res_outcome_idx`;--> statement-breakpoint
DROP INDEX `case_segments_assignee_open_fr_idx`;--> statement-breakpoint
DROP INDEX `case_segments_assignee_open_res_idx`;--> statement-breakpoint
DROP INDEX `case_segments_outcome_idx`;--> statement-breakpoint
DROP INDEX `case_segments_outcome_by_idx`;--> statement-breakpoint
DROP INDEX `case_segments_res_by_idx`;--> statement-breakpoint
CREATE INDEX `case_segments_fr_outcome_idx` ON `case_segments` (`fr_outcome`,`fr_outcome_at`,`unit_id`) WHERE "case_segments"."fr_outcome" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `case_segments_res_outcome_idx` ON `case_segments` (`res_outcome`,`res_outcome_at`,`unit_id`) WHERE "case_segments"."res_outcome" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `case_segments_assignee_open_fr_idx` ON `case_segments` (`assignee_id`,`end_at`,`fr_outcome`,`paused_now`,`first_response_due_at`) WHERE "case_segments"."assignee_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `case_segments_assignee_open_res_idx` ON `case_segments` (`assignee_id`,`end_at`,`res_outcome`,`paused_now`,`resolution_due_at`) WHERE "case_segments"."assignee_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `case_segments_outcome_idx` ON `case_segments` (`outcome_at`,`outcome_sla`) WHERE "case_segments"."outcome_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `case_segments_outcome_by_idx` ON `case_segments` (`outcome_by`,`outcome_at`) WHERE "case_segments"."outcome_by" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `case_segments_res_by_idx` ON `case_segments` (`res_outcome_by`,`res_outcome`,`res_outcome_at`) WHERE "case_segments"."res_outcome_by" IS NOT NULL;--> statement-breakpoint
DROP INDEX `cases_submitted_idx`;--> statement-breakpoint
DROP INDEX `cases_idempotency_key_unique`;--> statement-breakpoint
DROP INDEX `cases_kind_status_declined_idx`;--> statement-breakpoint
DROP INDEX `cases_citizen_due_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `cases_idempotency_key_unique` ON `cases` (`idempotency_key`) WHERE "cases"."idempotency_key" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `cases_kind_status_declined_idx` ON `cases` (`kind`,`status`,`declined_at`) WHERE "cases"."declined_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `cases_citizen_due_idx` ON `cases` (`citizen_due_at`) WHERE "cases"."citizen_due_at" IS NOT NULL;