ALTER TABLE `services` ADD `fee_kind` text DEFAULT 'fixed' NOT NULL;--> statement-breakpoint
ALTER TABLE `services` ADD `fee_basis` text;--> statement-breakpoint
ALTER TABLE `services` ADD `fee_other_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `services` ADD `fee_other_en` text DEFAULT '' NOT NULL;