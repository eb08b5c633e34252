ALTER TABLE `permit_applications` ADD `fee_kind` text DEFAULT 'fixed' NOT NULL;--> statement-breakpoint
ALTER TABLE `permit_applications` ADD `fee_basis` text;--> statement-breakpoint
ALTER TABLE `permit_applications` ADD `fee_set_at` integer;