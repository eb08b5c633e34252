DROP INDEX `case_segments_fr_outcome_idx`;--> statement-breakpoint
DROP INDEX `case_segments_res_outcome_idx`;--> statement-breakpoint
DROP INDEX `case_segments_outcome_idx`;--> statement-breakpoint
CREATE INDEX `case_segments_fr_outcome_idx` ON `case_segments` (`fr_outcome`,`fr_outcome_at`,`unit_id`);--> statement-breakpoint
CREATE INDEX `case_segments_res_outcome_idx` ON `case_segments` (`res_outcome`,`res_outcome_at`,`unit_id`);--> statement-breakpoint
CREATE INDEX `case_segments_outcome_idx` ON `case_segments` (`outcome_at`,`outcome_sla`);