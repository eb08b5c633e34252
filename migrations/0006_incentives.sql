CREATE TABLE `incentive_schemes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period` text NOT NULL,
	`weight_q` real NOT NULL,
	`weight_s` real NOT NULL,
	`weight_t` real NOT NULL,
	`weight_r` real NOT NULL,
	`min_cases` integer NOT NULL,
	`prior_k` integer NOT NULL,
	`tiers` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `incentive_schemes_period_unique` ON `incentive_schemes` (`period`);--> statement-breakpoint
CREATE TABLE `incentive_snapshot_rows` (
	`period` text NOT NULL,
	`staff_id` integer NOT NULL,
	`position` integer NOT NULL,
	`nip` text NOT NULL,
	`name` text NOT NULL,
	`unit_id` integer NOT NULL,
	`unit_code` text NOT NULL,
	`unit_name` text NOT NULL,
	`handled` integer NOT NULL,
	`ratings_n` integer NOT NULL,
	`ikm` real,
	`sla_met` integer NOT NULL,
	`sla_breached` integer NOT NULL,
	`reopens` integer NOT NULL,
	`resolutions` integer NOT NULL,
	`jp_year` real NOT NULL,
	`jp_target` real NOT NULL,
	`q` real,
	`s` real,
	`t` real,
	`r` real,
	`components` text NOT NULL,
	`eligible` integer NOT NULL,
	`score` real,
	`rounded` real,
	`rank_city` integer,
	`rank_unit` integer,
	`tied_city` integer NOT NULL,
	`tied_unit` integer NOT NULL,
	`tier_id` text,
	`tier_en` text,
	`notes` text NOT NULL,
	PRIMARY KEY(`period`, `staff_id`),
	FOREIGN KEY (`period`) REFERENCES `incentive_snapshots`(`period`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incentive_snapshot_rows_rank_idx` ON `incentive_snapshot_rows` (`period`,`rank_city`);--> statement-breakpoint
CREATE TABLE `incentive_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period` text NOT NULL,
	`scheme_id` integer NOT NULL,
	`scheme_version` integer NOT NULL,
	`scheme` text NOT NULL,
	`scored` integer NOT NULL,
	`unscored` integer NOT NULL,
	`published_at` integer NOT NULL,
	`published_by` integer NOT NULL,
	FOREIGN KEY (`scheme_id`) REFERENCES `incentive_schemes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `incentive_snapshots_period_unique` ON `incentive_snapshots` (`period`);