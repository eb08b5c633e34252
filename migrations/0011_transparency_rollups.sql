CREATE TABLE `metric_places` (
	`month` text NOT NULL,
	`kind` text NOT NULL,
	`kelurahan_code` text NOT NULL,
	`submitted` integer NOT NULL,
	PRIMARY KEY(`month`, `kind`, `kelurahan_code`)
);
--> statement-breakpoint
ALTER TABLE `metric_months` ADD `submitted_confidential` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `metric_months` ADD `ratings_confidential` integer DEFAULT 0 NOT NULL;