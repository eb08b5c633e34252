CREATE TABLE `metric_categories` (
	`unit_id` integer NOT NULL,
	`month` text NOT NULL,
	`kind` text NOT NULL,
	`service_id` integer NOT NULL,
	`submitted` integer DEFAULT 0 NOT NULL,
	`res_breached` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`unit_id`, `month`, `kind`, `service_id`)
);
--> statement-breakpoint
-- metric_places gains unit_id in its key and res_breached: its rows cannot be split by unit, and
-- PROJECTION_VERSION 4 makes the scheduled job rebuild every roll-up from the cases (edited by
-- hand: the generated copy read a res_breached column the old table does not have).
DROP TABLE `metric_places`;--> statement-breakpoint
CREATE TABLE `metric_places` (
	`unit_id` integer NOT NULL,
	`month` text NOT NULL,
	`kind` text NOT NULL,
	`kelurahan_code` text NOT NULL,
	`submitted` integer DEFAULT 0 NOT NULL,
	`res_breached` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`unit_id`, `month`, `kind`, `kelurahan_code`)
);
