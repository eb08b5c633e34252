CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`hits` integer NOT NULL,
	`reset_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_limits_reset_idx` ON `rate_limits` (`reset_at`);--> statement-breakpoint
DROP TABLE `idempotency_keys`;--> statement-breakpoint
ALTER TABLE `cases` ADD `idempotency_request_hash` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `access_key_sealed` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `sealed` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `outbox_created_idx` ON `outbox` (`created_at`);