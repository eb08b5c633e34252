CREATE TABLE `pending_uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`field` text,
	`storage_key` text NOT NULL,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `pending_uploads_token_idx` ON `pending_uploads` (`token_hash`);--> statement-breakpoint
CREATE INDEX `pending_uploads_expires_idx` ON `pending_uploads` (`expires_at`);