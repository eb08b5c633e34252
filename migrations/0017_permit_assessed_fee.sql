ALTER TABLE `permit_applications` ADD `fee_kind` text DEFAULT 'fixed' NOT NULL;--> statement-breakpoint
ALTER TABLE `permit_applications` ADD `fee_basis` text;--> statement-breakpoint
ALTER TABLE `permit_applications` ADD `fee_set_at` integer;--> statement-breakpoint
-- Applications made before the fee kind was copied take their type's kind and basis (issue 13.9):
-- an undecided PBG or Rumija application is assessed, not free. Decided ones keep the old terms (an
-- approved one could no longer be given its amount). Hand-written; keep it when regenerating.
UPDATE `permit_applications` SET
  `fee_kind` = (SELECT s.`fee_kind` FROM `cases` c JOIN `services` s ON s.`id` = c.`service_id` WHERE c.`id` = `permit_applications`.`case_id`),
  `fee_basis` = (SELECT s.`fee_basis` FROM `cases` c JOIN `services` s ON s.`id` = c.`service_id` WHERE c.`id` = `permit_applications`.`case_id`)
WHERE EXISTS (
  SELECT 1 FROM `cases` c WHERE c.`id` = `permit_applications`.`case_id`
    AND c.`status` IN ('submitted', 'checking', 'revision_requested', 'resubmitted', 'technical_review', 'decision_proposed')
);
